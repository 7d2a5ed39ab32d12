package com.koto.console;

import com.koto.platform.RateLimits;
import com.koto.platform.SecurityChainOrder;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Security of the console: Vaadin's form login against ADMIN/TEACHER accounts (learners are
 * refused by identity's console user service), view access control by Vaadin defaults. Lowest
 * precedence: the API and actuator chains match first.
 *
 * <p>CSRF: Vaadin's own requests carry Vaadin's CSRF protection and are exempt; everything else,
 * including the sign-in {@code POST /login} (which Vaadin's defaults exempt), needs Spring's token.
 * The login page carries it as {@code <meta name="_csrf">}, which the login form submits. Sign-in
 * attempts are throttled per client address and per account ({@link ConsoleSignInThrottle}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    @Bean
    @Order(SecurityChainOrder.CONSOLE)
    SecurityFilterChain consoleSecurity(HttpSecurity http, RequestUtil vaadinRequests, RateLimits rateLimits)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/koto/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new ConsoleSignInThrottle(rateLimits), UsernamePasswordAuthenticationFilter.class);
        // a signed-in user's request for an address that is no view reaches Vaadin, which shows the console's
        // not-found page (Vaadin's default denies it with a bare 403); anonymous visitors go to the login
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }
}
