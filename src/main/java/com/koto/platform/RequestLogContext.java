package com.koto.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the ids an operator follows a request by into every log line of it (SLF4J MDC, so they appear as
 * fields in the JSON logs of {@code KOTO_LOG_FORMAT=json}):
 * <ul>
 *   <li>{@code request_id}: the caller's {@code X-Request-Id} when it is a short token ({@code [A-Za-z0-9._-]},
 *       ≤ 64 chars; Caddy or a client may set it), else a new UUID; echoed in the response's {@code X-Request-Id};</li>
 *   <li>{@code session_id}: the tutoring session of {@code /api/v1/sessions/{id}/…} and {@code /ws/sessions/{id}};</li>
 *   <li>{@code learner_id}: the subject of the bearer token, once Spring Security has authenticated it.</li>
 * </ul>
 * Nothing else of the request (no headers, bodies, tokens or query strings) is put in the log context.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

    static final String REQUEST_ID = LogContext.REQUEST_ID;
    static final String SESSION_ID = LogContext.SESSION_ID;
    static final String LEARNER_ID = LogContext.LEARNER_ID;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SESSION_PATH = Pattern.compile("^/(?:api/v1|ws)/sessions/([0-9a-fA-F-]{36})(?:/|$)");

    /** First filter of all: the request id (and session id), so even security's own lines carry them. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader("X-Request-Id");
                String id = given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
                response.setHeader("X-Request-Id", id);
                MDC.put(REQUEST_ID, id);
                Matcher session = SESSION_PATH.matcher(request.getRequestURI());
                if (session.find()) {
                    MDC.put(SESSION_ID, session.group(1).toLowerCase(java.util.Locale.ROOT));
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(REQUEST_ID);
                    MDC.remove(SESSION_ID);
                    MDC.remove(LEARNER_ID);
                }
            }
        });
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.setName("kotoRequestId");
        return bean;
    }

    /** After Spring Security (order −100): the learner id of an authenticated bearer token. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> learnerIdFilter() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof Jwt jwt && jwt.getSubject() != null) {
                    MDC.put(LEARNER_ID, jwt.getSubject());
                }
                chain.doFilter(request, response);
            }
        });
        bean.setOrder(0);
        bean.setName("kotoLearnerId");
        return bean;
    }
}
