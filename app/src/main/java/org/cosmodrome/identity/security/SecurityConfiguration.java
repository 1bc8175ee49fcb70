package org.cosmodrome.identity.security;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.IdentitySettings;
import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two filter chains, both deny-by-default and both built from the modules' {@link EndpointRules}:
 * <ul>
 *   <li>the API ({@code /api/**}, {@code /actuator/**}): stateless, API tokens as bearer tokens, a rate limit per
 *       token, 401/403/429 as problem+json;</li>
 *   <li>the console (everything else): sessions from the sign-in page, CSRF on forms.</li>
 * </ul>
 * A request that matches a controller but no rule is refused. A request that matches no controller at all is let
 * through, so it gets the same 404 as any unknown address.
 * <p>
 * The filter chains exist only in a web application; the admin mode (no web server) still gets the password
 * encoder and the rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2,
                Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    EndpointRules endpointRules(List<EndpointPolicy> policies) {
        EndpointRules rules = new EndpointRules();
        policies.forEach(policy -> policy.declare(rules));
        return rules;
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiChain(HttpSecurity http, EndpointRules rules, Accounts accounts, ProblemAnswers problems,
            IdentitySettings settings,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(accounts, problems,
                        new TokenRateLimiter(settings.requestsPerMinute())), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(authorize -> apply(authorize, rules, apiPattern(), mappings));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain consoleChain(HttpSecurity http, EndpointRules rules,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        http.formLogin(login -> login.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .authorizeHttpRequests(authorize -> apply(authorize, rules, apiPattern().negate(), mappings));
        return http.build();
    }

    private static Predicate<String> apiPattern() {
        return pattern -> pattern.startsWith("/api/") || pattern.startsWith("/actuator");
    }

    private static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            EndpointRules rules, Predicate<String> inChain, ObjectProvider<RequestMappingHandlerMapping> mappings) {
        for (EndpointRules.Rule rule : rules.rules()) {
            if (!inChain.test(rule.pattern())) {
                continue;
            }
            var matcher = authorize.requestMatchers(rule.method(), rule.pattern());
            if (rule.access() instanceof EndpointRules.Roles roles) {
                matcher.hasAnyRole(roles.roles().stream().map(Role::name).toArray(String[]::new));
            } else if (rule.access() instanceof EndpointRules.Authenticated) {
                matcher.authenticated();
            } else {
                matcher.permitAll();
            }
        }
        authorize.anyRequest().access((authentication, context) ->
                new AuthorizationDecision(!servedByController(context.getRequest(), mappings)));
    }

    /** Whether a controller method would answer this request: such requests need an explicit rule. */
    private static boolean servedByController(HttpServletRequest request,
            ObjectProvider<RequestMappingHandlerMapping> mappings) {
        try {
            RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
            return mapping == null || mapping.getHandler(request) != null;
        } catch (Exception noMatch) {
            // Path known but method or media type not: let MVC answer 405 or 415.
            return false;
        }
    }
}
