package org.cosmodrome.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their API tokens. Every change is entered in the ledger as a private record of the user's organisation;
 * neither passwords nor token secrets ever reach the ledger or the logs.
 */
@Service
public class Accounts {

    /** Tokens look like {@code cdt_<43 base64url characters>}: 256 random bits. */
    static final String TOKEN_PREFIX = "cdt_";
    private static final int MIN_PASSWORD_LENGTH = 12;
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final IdentitySettings settings;
    private final SecureRandom random = new SecureRandom();

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations, Ledger ledger,
            CurrentActor currentActor, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organizations = organizations;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
        this.settings = settings;
    }

    /** What a new account is to be. */
    public record NewAccount(String username, String displayName, String organization, Set<Role> roles,
            String password) {
    }

    /**
     * Creates a user.
     *
     * @throws InvalidField when the name, organisation, roles or password do not do
     * @throws RuleViolation when the user name is taken
     */
    @Transactional
    public UserAccount create(NewAccount account) {
        String username = account.username() == null ? "" : account.username().strip().toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw new InvalidField("username", "user.username.malformed",
                    "username is 2-63 lowercase letters, digits, dots, dashes or underscores");
        }
        if (account.organization() == null || organizations.existing(
                List.of(organizationId(account.organization()))).isEmpty()) {
            throw new InvalidField("organization", "user.organization.unknown",
                    "organization '" + account.organization() + "' is not a known organisation");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new InvalidField("roles", "user.roles.empty", "a user holds at least one role");
        }
        if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidField("password", "user.password.too-short",
                    "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (findByUsername(username).isPresent()) {
            throw new RuleViolation("user.username.taken", "username", "User '" + username + "' already exists");
        }
        UUID id = UUID.randomUUID();
        String displayName = account.displayName() == null || account.displayName().isBlank() ? username
                : account.displayName().strip();
        jdbc.sql("""
                insert into identity.user_account (id, username, display_name, organization_id, password_hash)
                values (?, ?, ?, ?, ?)""")
                .params(id, username, displayName, account.organization(), passwords.encode(account.password()))
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("insert into identity.user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        UserAccount created = findByUsername(username).orElseThrow();
        ledger.append("user.created", "user", username, List.of(created.organization()),
                Map.of("username", username, "displayName", displayName, "organization", created.organization(),
                        "roles", created.roles().stream().map(Role::name).sorted().toList()));
        return created;
    }

    /** A random password of 20 unambiguous letters and digits (about 115 bits), for accounts created for someone. */
    public String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    public Optional<UserAccount> findByUsername(String username) {
        // One statement: a second query from inside the row mapper would hold two pooled connections at once, and
        // enough concurrent sign-ins would take the whole pool and wait on each other.
        return jdbc.sql("""
                        select u.*, array(select r.role from identity.user_role r where r.user_id = u.id) as roles
                        from identity.user_account u where lower(u.username) = lower(?)""").param(username)
                .query((rs, n) -> account(rs)).optional();
    }

    /** The stored password hash of an enabled user, for signing in. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from identity.user_account where lower(username) = lower(?)"
                        + " and enabled").param(username).query(String.class).optional();
    }

    /**
     * Issues an API token to a user. A user issues tokens for itself; the spaceport operator for anyone.
     *
     * @param validity how long the token lives; {@code null} for the default, at most the configured maximum
     * @throws AccessDenied when someone else's token is asked for without being the operator
     */
    @Transactional
    public IssuedToken issueToken(String username, String name, Duration validity) {
        UserAccount user = findByUsername(username).orElseThrow(() -> new RecordNotFound("user", username));
        Actor actor = currentActor.get();
        if (actor.kind() == Actor.Kind.USER && !actor.user().equals(user.username())
                && !actor.has(Role.SPACEPORT_OPERATOR)) {
            throw new AccessDenied("token.not-yours", "Only the user or the spaceport operator issues its tokens");
        }
        Duration chosen = validity == null ? Duration.ofDays(settings.tokenValidityDays()) : validity;
        if (chosen.isNegative() || chosen.isZero() || chosen.compareTo(
                Duration.ofDays(settings.maxTokenValidityDays())) > 0) {
            throw new InvalidField("validityDays", "token.validity.out-of-range",
                    "a token is valid for 1 to " + settings.maxTokenValidityDays() + " days");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidField("name", "token.name.malformed", "a token has a name of 1-100 characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(chosen);
        jdbc.sql("""
                insert into identity.api_token (id, user_id, name, secret_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, user.id(), name.strip(), sha256(secret), Timestamp.from(now), Timestamp.from(expires))
                .update();
        ledger.append("token.issued", "token", id.toString(), List.of(user.organization()),
                Map.of("username", user.username(), "name", name.strip(), "expiresAt", expires.toString()));
        return new IssuedToken(id, name.strip(), user.username(), secret, expires);
    }

    /**
     * Revokes a token. Its owner or the spaceport operator may; for anyone else it does not exist.
     *
     * @throws RecordNotFound when there is no such token visible to the actor
     */
    @Transactional
    public ApiToken revokeToken(UUID id) {
        ApiToken token = token(id).filter(t -> mayManage(t.username()))
                .orElseThrow(() -> new RecordNotFound("token", id.toString()));
        if (token.revokedAt() == null) {
            jdbc.sql("update identity.api_token set revoked_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
            UserAccount owner = findByUsername(token.username()).orElseThrow();
            ledger.append("token.revoked", "token", id.toString(), List.of(owner.organization()),
                    Map.of("username", token.username(), "name", token.name()));
        }
        return token(id).orElseThrow();
    }

    /** Tokens of a user, newest first, without secrets. */
    public List<ApiToken> tokensOf(String username) {
        return jdbc.sql("""
                        select t.*, u.username from identity.api_token t join identity.user_account u on u.id = t.user_id
                        where lower(u.username) = lower(?) order by t.created_at desc""")
                .param(username).query((rs, n) -> token(rs)).list();
    }

    /** The account of an active token's secret, recording its use; empty for unknown, expired or revoked ones. */
    @Transactional
    public Optional<Authenticated> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Authenticated> found = jdbc.sql("""
                        select t.id, u.username from identity.api_token t
                        join identity.user_account u on u.id = t.user_id
                        where t.secret_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
                .params(sha256(secret), Timestamp.from(now))
                .query((rs, n) -> new Authenticated(UUID.fromString(rs.getString(1)), rs.getString(2)))
                .optional();
        found.ifPresent(a -> jdbc.sql("update identity.api_token set last_used_at = ? where id = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), a.tokenId(), Timestamp.from(now.minusSeconds(60))).update());
        return found;
    }

    /** A token that proved who its holder is. */
    public record Authenticated(UUID tokenId, String username) {
    }

    private boolean mayManage(String username) {
        Actor actor = currentActor.get();
        return actor.kind() == Actor.Kind.SYSTEM || actor.user().equals(username)
                || actor.has(Role.SPACEPORT_OPERATOR);
    }

    private Optional<ApiToken> token(UUID id) {
        return jdbc.sql("""
                        select t.*, u.username from identity.api_token t join identity.user_account u on u.id = t.user_id
                        where t.id = ?""")
                .param(id).query((rs, n) -> token(rs)).optional();
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        return new UserAccount(id, rs.getString("username"), rs.getString("display_name"),
                rs.getString("organization_id"), roles, rs.getBoolean("enabled"));
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("username"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OrganizationId organizationId(String id) {
        try {
            return OrganizationId.of(id);
        } catch (InvalidField malformed) {
            throw new InvalidField("organization", "user.organization.unknown",
                    "organization '" + id + "' is not a known organisation");
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
