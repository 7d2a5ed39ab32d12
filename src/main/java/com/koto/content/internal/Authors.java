package com.koto.content.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is changing content: the signed-in user (console form login or API token, both named by
 * username). Start-up tasks (demo content) run as {@link #SYSTEM}, an internal ADMIN principal
 * that exists only for the duration of {@link #asSystem}. Reads the same security-context strategy
 * as method security (the application's bean when there is one, as with Vaadin's), not whatever
 * strategy another application context in the same JVM last made global.
 */
@Component
public class Authors {

    /** The author recorded for start-up imports. */
    public static final String SYSTEM = "system";

    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    Authors(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.strategies = strategies;
    }

    private SecurityContextHolderStrategy strategy() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The current username; only called behind {@code @PreAuthorize}, so someone is signed in. */
    public String current() {
        Authentication auth = strategy().getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return auth.getName();
    }

    /** Runs a task as the internal {@code system} admin (start-up tasks only), then restores the context. */
    public <T> T asSystem(Supplier<T> task) {
        SecurityContextHolderStrategy strategy = strategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext system = strategy.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        strategy.setContext(system);
        try {
            return task.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
