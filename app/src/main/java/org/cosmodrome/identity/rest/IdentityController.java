package org.cosmodrome.identity.rest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.ApiToken;
import org.cosmodrome.identity.IssuedToken;
import org.cosmodrome.identity.UserAccount;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity", description = "Who is asking, API tokens and users")
class IdentityController {

    private final Accounts accounts;
    private final CurrentActor currentActor;

    IdentityController(Accounts accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    record Me(String username, String organization, Set<Role> roles, boolean readsEverything) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer validityDays) {
    }

    record TokenView(UUID id, String name, String username, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.username(), t.createdAt(), t.expiresAt(), t.revokedAt(),
                    t.lastUsedAt());
        }
    }

    record NewUserBody(@NotBlank String username, @Size(max = 200) String displayName,
            @NotBlank String organization, @NotEmpty Set<@NotNull Role> roles,
            @NotBlank @Size(min = 12, max = 200) String password) {
    }

    record UserView(String username, String displayName, String organization, Set<Role> roles) {
        static UserView of(UserAccount u) {
            return new UserView(u.username(), u.displayName(), u.organization(), u.roles());
        }
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in user or token holder")
    Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.user(), actor.organization(), actor.roles(), actor.readsEverything());
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "Your API tokens, without their secrets")
    List<TokenView> tokens() {
        return accounts.tokensOf(currentActor.get().user()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/api/v1/tokens")
    @Operation(summary = "Issue yourself an API token", description = "The secret is in this answer only.")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody TokenRequest body) {
        IssuedToken token = accounts.issueToken(currentActor.get().user(), body.name(),
                body.validityDays() == null ? null : Duration.ofDays(body.validityDays()));
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke a token (yours, or anyone's for the operator)")
    TokenView revoke(@PathVariable String id) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new RecordNotFound("token", id);
        }
        return TokenView.of(accounts.revokeToken(tokenId));
    }

    @PostMapping("/api/v1/users")
    @Operation(summary = "Create a user (spaceport operator)")
    ResponseEntity<UserView> createUser(@Valid @RequestBody NewUserBody body) {
        UserAccount user = accounts.create(new Accounts.NewAccount(body.username(), body.displayName(),
                body.organization(), body.roles(), body.password()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.username())).body(UserView.of(user));
    }
}
