package com.koto.console;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the console: Vaadin's form login against ADMIN/TEACHER accounts (learners are
 * refused by identity's console user service), CSRF and view access control by Vaadin defaults.
 * Lowest precedence: the API and actuator chains match first.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/koto/**").permitAll());
        // a signed-in user's request for an address that is no view reaches Vaadin, which shows the console's
        // not-found page (Vaadin's default denies it with a bare 403); anonymous visitors go to the login
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }
}
