package com.koto.identity.internal;

import com.koto.identity.Accounts;
import com.koto.identity.Role;
import com.koto.platform.SeedStep;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin ({@code admin}) when no ADMIN account exists: password from
 * {@code KOTO_BOOTSTRAP_ADMIN_PASSWORD}, else generated and printed once in the log. Seeding stage
 * {@link SeedStep.Stage#ACCOUNTS}.
 */
@Component
class BootstrapAdmin implements SeedStep {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final IdentityProperties properties;

    BootstrapAdmin(Accounts accounts, IdentityProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public Stage stage() {
        return Stage.ACCOUNTS;
    }

    @Override
    public void seed() {
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
