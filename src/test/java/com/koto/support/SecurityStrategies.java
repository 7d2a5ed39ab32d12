package com.koto.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every app context in a test JVM installs its own (Vaadin-aware) security context strategy as the
 * global one when it starts, so after another context started (a second instance, a restart, the
 * console's context) the static {@link SecurityContextHolder} a test writes to is no longer the one
 * this context's {@code @PreAuthorize} checks read. Test bases call {@link #useThisContexts} before
 * each test.
 */
public final class SecurityStrategies {

    private SecurityStrategies() {
    }

    /**
     * Makes the context's strategy the global one again, keeping a context {@code @WithMockUser} may
     * already have set on the previous global strategy.
     *
     * @param strategy the test context's {@code SecurityContextHolderStrategy} bean, if it has one
     */
    public static void useThisContexts(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        SecurityContextHolderStrategy mine = strategy.getIfAvailable();
        if (mine == null || SecurityContextHolder.getContextHolderStrategy() == mine) {
            return;
        }
        SecurityContext carried = SecurityContextHolder.getContext();
        SecurityContextHolder.setContextHolderStrategy(mine);
        if (mine.getContext().getAuthentication() == null && carried.getAuthentication() != null) {
            mine.setContext(carried);
        }
    }
}
