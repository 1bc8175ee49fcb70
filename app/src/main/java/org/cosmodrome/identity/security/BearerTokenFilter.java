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
 */
class BearerTokenFilter extends OncePerRequestFilter {

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
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Accounts.Authenticated> token = accounts.authenticateToken(header.substring(7).strip());
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
}
