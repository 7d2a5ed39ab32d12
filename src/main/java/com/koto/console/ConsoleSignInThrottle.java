package com.koto.console;

import com.koto.platform.RateLimitedException;
import com.koto.platform.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles console sign-in attempts ({@code POST /login}) with Bucket4j through {@link RateLimits}:
 * per client address ({@code koto.rate-limit.console-sign-ins-per-minute}) and per account name
 * ({@code koto.rate-limit.console-sign-ins-per-account}, per 5 minutes), so neither one address
 * guessing many accounts nor many addresses guessing one account get far. A refused attempt never
 * reaches the password check; the browser goes back to {@code /login?throttled=<seconds>}, where the
 * login view says how long to wait.
 */
final class ConsoleSignInThrottle extends OncePerRequestFilter {

    private final RateLimits rateLimits;

    ConsoleSignInThrottle(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        try {
            rateLimits.check(RateLimits.Kind.CONSOLE_SIGN_INS_PER_IP, request.getRemoteAddr());
            if (username != null && !username.isBlank()) {
                rateLimits.check(RateLimits.Kind.CONSOLE_SIGN_INS_PER_ACCOUNT,
                        username.trim().toLowerCase(Locale.ROOT));
            }
        } catch (RateLimitedException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + e.retryAfterSeconds());
            return;
        }
        chain.doFilter(request, response);
    }
}
