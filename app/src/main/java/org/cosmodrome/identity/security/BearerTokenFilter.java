package org.cosmodrome.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.UserAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}, and limits each token's rate.
 * A bad token is refused at once with 401, rather than treated as anonymous.
 * <p>
 * A GET of a calendar feed (a path ending in {@code .ics}) may carry the token as the query parameter
 * {@code token} instead, because calendar apps subscribe to a bare address and send no headers. Only there: a token
 * in an address ends up in browser histories and proxies' logs, so every other endpoint ignores the parameter. The
 * app writes no access log and never puts the query string in a log or an answer (problem answers name only the
 * path), and answers carry {@code Referrer-Policy: no-referrer}. A token used this way should be one issued for the
 * calendar alone, so it can be revoked without touching others.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** The query parameter that carries a token on calendar feeds. */
    static final String QUERY_TOKEN = "token";

    private final Accounts accounts;
    private final ProblemAnswers problems;
    private final TokenRateLimiter limiter;

    BearerTokenFilter(Accounts accounts, ProblemAnswers problems, TokenRateLimiter limiter) {
        this.accounts = accounts;
        this.problems = problems;
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = secret(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Accounts.Authenticated> token = accounts.authenticateToken(secret);
        Optional<UserAccount> account = token.flatMap(t -> accounts.findByUsername(t.username()));
        if (account.isEmpty()) {
            problems.invalidToken(request, response);
            return;
        }
        long wait = limiter.take(token.get().tokenId(), System.nanoTime());
        if (wait > 0) {
            problems.tooManyRequests(request, response, wait);
            return;
        }
        AccountPrincipal principal = new AccountPrincipal(account.get(), "", token.get().tokenId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The token of the Authorization header, else of a calendar feed's {@code token} parameter, else null. */
    private static String secret(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        String inQuery = request.getParameter(QUERY_TOKEN);
        if (inQuery != null && "GET".equals(request.getMethod()) && request.getRequestURI().endsWith(".ics")) {
            return inQuery.strip();
        }
        return null;
    }
}
