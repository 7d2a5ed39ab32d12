package com.koto.identity.internal;

import com.koto.identity.Role;
import com.koto.identity.TokenClaims;
import com.koto.platform.Problems;
import com.koto.platform.ScrapeToken;
import com.koto.platform.SecurityChainOrder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security of the tutoring API ({@code /api/**}) and the actuator: stateless bearer JWTs, roles from
 * the {@code roles} claim, 401/403 as problem+json. The console's form-login chain lives in the
 * console module and applies to everything else.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ApiSecurityConfiguration {

    @Bean
    @Order(SecurityChainOrder.API)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/refresh",
                                "/api/v1/auth/logout", "/api/v1/learners").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaimConverter()))
                        .authenticationEntryPoint(unauthorized(json))
                        .accessDeniedHandler((request, response, e) -> write(response, json,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                "Your account's role does not allow this request.", false)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(json)));
        return http.build();
    }

    @Bean
    @Order(SecurityChainOrder.ACTUATOR)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, JsonMapper json,
            ScrapeToken scrapeToken) throws Exception {
        // a scraper or script without credentials gets a 401 problem + a Basic challenge, not the console's login
        AuthenticationEntryPoint basic = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"koto\"");
            write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "This endpoint needs an administrator's username and password (HTTP Basic), or the scrape token.",
                    false);
        };
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        // Prometheus: "Authorization: Bearer <KOTO_METRICS_SCRAPE_TOKEN>", or an ADMIN by HTTP basic
                        .requestMatchers("/actuator/prometheus").access((authentication, context) -> {
                            String header = context.getRequest().getHeader("Authorization");
                            boolean token = header != null && header.startsWith("Bearer ")
                                    && scrapeToken.matches(header.substring("Bearer ".length()));
                            boolean admin = authentication.get() != null && authentication.get().getAuthorities().stream()
                                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
                            return new org.springframework.security.authorization.AuthorizationDecision(token || admin);
                        })
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(basic)
                        .accessDeniedHandler((request, response, e) -> write(response, json, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "Only administrators may use this endpoint.", false)));
        return http.build();
    }

    /**
     * The container's error dispatch ({@code /error}, rendered as problem+json by the platform's error
     * controller) is open: the original request was already authorised or refused by its own chain,
     * and a refused error page would turn every error into a 302 to the console's login.
     */
    @Bean
    @Order(SecurityChainOrder.ERROR_PAGE)
    SecurityFilterChain errorPageSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/error", "/error/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /** 401 problem: "needs a token" without an Authorization header, "invalid or expired" with one. */
    private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, e) -> write(response, json, HttpStatus.UNAUTHORIZED, "unauthorized",
                "Unauthorized", request.getHeader("Authorization") == null
                        ? "This request needs a bearer access token: get one from POST /api/v1/auth/token."
                        : "The access token is invalid or has expired: log in again.",
                true);
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String slug,
            String title, String detail, boolean bearerChallenge) throws IOException {
        ProblemDetail problem = Problems.of(status, slug, title, detail);
        response.setStatus(status.value());
        if (bearerChallenge) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Map.of(
                "type", problem.getType().toString(),
                "title", title,
                "status", status.value(),
                "detail", detail));
    }

    /** Maps the {@code roles} claim to {@code ROLE_*} authorities. */
    static final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
            Collection<GrantedAuthority> authorities = roles == null ? List.of()
                    : roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString(TokenClaims.USERNAME));
        }
    }
}
