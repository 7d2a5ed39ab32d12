package com.koto.content;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is changing content: the signed-in user (console form login or API token, both named by
 * username). Start-up tasks (demo content) run as {@link #SYSTEM}, an internal ADMIN principal
 * that exists only for the duration of {@link #asSystem}.
 */
final class Authors {

    /** The author recorded for start-up imports. */
    static final String SYSTEM = "system";

    private Authors() {
    }

    /** The current username; only called behind {@code @PreAuthorize}, so someone is signed in. */
    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new IllegalStateException("No signed-in user");
        }
        return auth.getName();
    }

    /** Runs a task as the internal {@code system} admin (start-up tasks only), then restores the context. */
    static <T> T asSystem(Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(system);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
