package org.cosmodrome.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * The access rule of every endpoint, declared by the module that owns it ({@link EndpointPolicy}). The security
 * configuration turns them into request rules and denies everything else; a test compares them with the app's
 * request mappings, so an endpoint without a rule fails the build.
 * <p>
 * Patterns are written exactly as in the controller mapping, e.g. {@code /api/v1/pads/{id}}.
 */
public final class EndpointRules {

    /** Who may call an endpoint. */
    public sealed interface Access permits Public, Authenticated, Roles {
    }

    /** Anyone, signed in or not. */
    public record Public() implements Access {
    }

    /** Anyone signed in. */
    public record Authenticated() implements Access {
    }

    /** Users holding at least one of these roles. */
    public record Roles(Set<Role> roles) implements Access {
    }

    /**
     * One rule: {@code method} {@code pattern} may be called by {@code access}.
     *
     * @param method the HTTP method, or {@code null} for every method
     */
    public record Rule(HttpMethod method, String pattern, Access access) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public RuleBuilder get(String... patterns) {
        return new RuleBuilder(HttpMethod.GET, patterns);
    }

    public RuleBuilder post(String... patterns) {
        return new RuleBuilder(HttpMethod.POST, patterns);
    }

    public RuleBuilder put(String... patterns) {
        return new RuleBuilder(HttpMethod.PUT, patterns);
    }

    public RuleBuilder delete(String... patterns) {
        return new RuleBuilder(HttpMethod.DELETE, patterns);
    }

    /** A rule for every HTTP method, for endpoints that answer any method (the error page). */
    public RuleBuilder anyMethod(String... patterns) {
        return new RuleBuilder(null, patterns);
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** Completes a rule with who may call it. */
    public final class RuleBuilder {
        private final HttpMethod method;
        private final List<String> patterns;

        private RuleBuilder(HttpMethod method, String... patterns) {
            this.method = method;
            this.patterns = Arrays.asList(patterns);
        }

        public void permitAll() {
            add(new Public());
        }

        public void authenticated() {
            add(new Authenticated());
        }

        public void hasAnyRole(Role... roles) {
            add(new Roles(Set.of(roles)));
        }

        private void add(Access access) {
            patterns.forEach(pattern -> rules.add(new Rule(method, pattern, access)));
        }
    }
}
