package com.koto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.identity.internal.Account;
import com.koto.identity.internal.AccountRepository;
import com.koto.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Every signed-in user changes their own password with the current one; an admin's mark is cleared. */
class OwnPasswordTest extends IntegrationTest {

    @Autowired
    OwnPassword ownPassword;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "owner-olga", roles = "TEACHER")
    void aTeacherChangesTheirOwnPasswordOnlyWithTheCurrentOneAndTheForcedMarkGoes() {
        if (accounts.findByUsername("owner-olga").isEmpty()) {
            accounts.create("owner-olga", "given-password-1", "Olga", Role.TEACHER, "en");
        }
        Account olga = repository.findByUsername("owner-olga").orElseThrow();
        olga.changePassword(encoder.encode("given-password-1"), true, java.time.Instant.now());
        repository.saveAndFlush(olga);
        assertThat(ownPassword.changeDue()).isTrue();

        assertThatThrownBy(() -> ownPassword.change("not-it", "my-own-password")).isInstanceOfSatisfying(
                AccountRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> ownPassword.change("given-password-1", "short")).isInstanceOfSatisfying(
                AccountRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.PASSWORD_LENGTH));
        assertThat(ownPassword.changeDue()).isTrue();

        ownPassword.change("given-password-1", "my-own-password");
        assertThat(ownPassword.changeDue()).isFalse();
        assertThat(accounts.authenticate("owner-olga", "my-own-password")).isPresent();
        assertThat(accounts.authenticate("owner-olga", "given-password-1")).isEmpty();
    }
}
