package org.cosmodrome;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cosmodrome.identity.Accounts;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.Role;
import org.springframework.context.ApplicationContext;

/**
 * Users of a test application, one per role and organisation, made through {@link Accounts} as an administrator
 * would, each with a real API token: requests sent with {@link #bearer(Member)} go through the same filter chain as
 * any client's. Users are created on first use, once per application. {@link RegistryContext} provides one as a
 * bean; an application started by hand gets one from {@link #of(ApplicationContext)}.
 * <p>
 * A new token counts against the rate limit on its own, so a test that makes many requests asks for
 * {@link #newBearer(Member)}.
 */
public final class Principals {

    /** The password of every user made here; long enough for the password rule (12 characters). */
    public static final String PASSWORD = "test-password-of-the-registry";

    /** A user of an organisation holding one role. */
    public record Member(String username, String organization, Role role) {
    }

    public static final Member OPERATOR = new Member("t-operator", "tsenki", Role.SPACEPORT_OPERATOR);
    public static final Member HOST = new Member("t-host", "kazcosmos", Role.HOST_AUTHORITY);
    public static final Member AUDITOR = new Member("t-auditor", "kz-ministry-ai-digital-development", Role.AUDITOR);
    /** The lessee, Roscosmos: operates 31/6, 81/23, 81/24, 200/39 and 200/40, but not 45/1 (Baiterek's). */
    public static final Member LESSEE = new Member("t-lessee", "roscosmos", Role.LESSEE);
    public static final Member SKYROOT = new Member("t-skyroot", "skyroot-aerospace", Role.LAUNCH_PROVIDER);
    public static final Member HYIMPULSE = new Member("t-hyimpulse", "hyimpulse", Role.LAUNCH_PROVIDER);
    public static final Member BIDDER = new Member("t-bidder", "deep-blue-aerospace", Role.BIDDER);
    /** A member of the public with a self-service account (held, as every account, under an organisation). */
    public static final Member VISITOR = new Member("t-visitor", "kazcosmos", Role.VISITOR);
    /** Another member of the public, who must not see the first one's records. */
    public static final Member OTHER_VISITOR = new Member("t-visitor-2", "kazcosmos", Role.VISITOR);

    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final Map<String, String> bearers = new ConcurrentHashMap<>();

    public Principals(Accounts accounts, CurrentActor currentActor) {
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    /** The users of an application started outside the test context framework. */
    public static Principals of(ApplicationContext context) {
        return new Principals(context.getBean(Accounts.class), context.getBean(CurrentActor.class));
    }

    /** The {@code Authorization} header value of the spaceport operator's token. */
    public String operator() {
        return bearer(OPERATOR);
    }

    /** The {@code Authorization} header value of {@code member}'s token; the same token each time. */
    public String bearer(Member member) {
        return bearers.computeIfAbsent(member.username(), name -> newBearer(member));
    }

    /** The {@code Authorization} header value of a token issued just now to {@code member}. */
    public String newBearer(Member member) {
        return "Bearer " + newToken(member).secret();
    }

    /** A token issued just now to {@code member}, with its id and secret. */
    public org.cosmodrome.identity.IssuedToken newToken(Member member) {
        ensure(member);
        return currentActor.runAs(Actor.system("test"),
                () -> accounts.issueToken(member.username(), "test token", null));
    }

    /**
     * A console session of {@code member}, signed in through the sign-in form as a browser would (the API's bearer
     * tokens do not reach the console).
     */
    public org.springframework.mock.web.MockHttpSession consoleSession(
            org.springframework.test.web.servlet.assertj.MockMvcTester mvc, Member member) {
        ensure(member);
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        var signedIn = mvc.post().uri("/login").session(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", member.username()).param("password", PASSWORD).exchange();
        org.assertj.core.api.Assertions.assertThat(signedIn).hasStatus3xxRedirection();
        org.assertj.core.api.Assertions.assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        return session;
    }

    /** Makes sure {@code member} exists, with {@link #PASSWORD}; returns its user name. */
    public synchronized String ensure(Member member) {
        if (accounts.findByUsername(member.username()).isEmpty()) {
            currentActor.runAs(Actor.system("test"), () -> accounts.create(new Accounts.NewAccount(
                    member.username(), null, member.organization(), Set.of(member.role()), PASSWORD)));
        }
        return member.username();
    }
}
