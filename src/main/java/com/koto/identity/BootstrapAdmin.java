package com.koto.identity;

import com.koto.platform.ClusterLock;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin ({@code admin}) when no ADMIN account exists: password from
 * {@code KOTO_BOOTSTRAP_ADMIN_PASSWORD}, else generated and printed once in the log.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final IdentityProperties properties;
    private final ClusterLock clusterLock;

    BootstrapAdmin(Accounts accounts, IdentityProperties properties, ClusterLock clusterLock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clusterLock = clusterLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // instances starting together on a fresh database must create one admin, not race
        clusterLock.exclusively("koto:seed:admin", this::createFirstAdmin);
    }

    private void createFirstAdmin() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        boolean generated = !StringUtils.hasText(properties.bootstrapAdminPassword());
        String password = generated ? randomPassword() : properties.bootstrapAdminPassword();
        accounts.create("admin", password, "Administrator", Role.ADMIN, "en");
        if (generated) {
            log.warn("""

                    ==================================================================
                     First start: created the console administrator.
                       username: admin
                       password: {}
                     This password is shown once. Set KOTO_BOOTSTRAP_ADMIN_PASSWORD to
                     choose it yourself on a fresh database.
                    ==================================================================""", password);
        } else {
            log.info("Created the console administrator 'admin' with the password from KOTO_BOOTSTRAP_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
