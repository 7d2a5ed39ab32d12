package com.koto.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.support.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Admins manage accounts through a service that checks the role itself and logs every change. */
class AccountAdministrationTest extends IntegrationTest {

    @Autowired
    AccountAdministration admin;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    AccountLog log;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService consoleUsers;
    @Autowired
    AuthenticationEventPublisher authEvents;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<AccountActivity> logFor(String subject) {
        return log.recent(1000).stream().filter(a -> a.subject().equals(subject)).toList();
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void anAdminCreatesATeacherWhoCanSignInToTheConsoleAndTheChangeIsLogged() {
        String name = unique("Teacher.Kim");
        AccountSummary created = admin.create(name, "  Kim Teacher ", Role.TEACHER, "id", "first-password-1", false);
        assertThat(created.username()).isEqualTo(name.toLowerCase());
        assertThat(created.displayName()).isEqualTo("Kim Teacher");
        assertThat(created.role()).isEqualTo(Role.TEACHER);
        assertThat(accounts.authenticate(name, "first-password-1")).isPresent();
        assertThat(consoleUsers.loadUserByUsername(name).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_TEACHER");
        assertThat(logFor(created.username())).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("root");
            assertThat(a.action()).isEqualTo(AccountAction.CREATED);
            assertThat(a.details()).isEqualTo("TEACHER");
        });
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void badInputIsRefusedWithAReason() {
        String taken = unique("taken");
        admin.create(taken, "Taken", Role.LEARNER, "en", "password-123", false);
        assertThatThrownBy(() -> admin.create(taken.toUpperCase(), "Other", Role.TEACHER, "en", "password-123", false))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.USERNAME_TAKEN));
        assertThatThrownBy(() -> admin.create("a b", "X", Role.TEACHER, "en", "password-123", false))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.USERNAME_INVALID));
        assertThatThrownBy(() -> admin.create(unique("short"), "X", Role.TEACHER, "en", "short", false))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.PASSWORD_LENGTH));
        assertThatThrownBy(() -> admin.create(unique("noname"), " ", Role.TEACHER, "en", "password-123", false))
                .isInstanceOfSatisfying(AccountRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.DISPLAY_NAME_INVALID));
    }

    @Test
    @WithMockUser(username = "teacher-ann", roles = "TEACHER")
    void teachersCannotAdministerAccountsNorReadTheAccountLog() {
        assertThatThrownBy(() -> admin.search("", Set.of(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.create(unique("sneaky"), "Sneaky", Role.ADMIN, "en", "password-123", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.recent(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "learner-lee", roles = "LEARNER")
    void learnersCannotAdministerAccounts() {
        assertThatThrownBy(() -> admin.search("", Set.of(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotAdministerAccounts() {
        assertThatThrownBy(() -> admin.search("", Set.of(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> ownPassword.changeDue()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aDisabledAccountCannotSignInUntilEnabledAgainAndRoleChangesAreLogged() {
        AccountSummary t = admin.create(unique("tina"), "Tina", Role.TEACHER, "en", "password-123", false);
        admin.setEnabled(t.id(), false);
        assertThat(accounts.authenticate(t.username(), "password-123")).isEmpty();
        assertThat(consoleUsers.loadUserByUsername(t.username()).isEnabled()).isFalse();
        admin.setEnabled(t.id(), true);
        assertThat(accounts.authenticate(t.username(), "password-123")).isPresent();
        assertThat(admin.changeRole(t.id(), Role.ADMIN).role()).isEqualTo(Role.ADMIN);
        assertThat(logFor(t.username())).extracting(AccountActivity::action, AccountActivity::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AccountAction.ROLE_CHANGED, "TEACHER → ADMIN"),
                        org.assertj.core.groups.Tuple.tuple(AccountAction.ENABLED, ""),
                        org.assertj.core.groups.Tuple.tuple(AccountAction.DISABLED, ""),
                        org.assertj.core.groups.Tuple.tuple(AccountAction.CREATED, "TEACHER"));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aResetPasswordIsShownOnceWorksAndForcesAChange() {
        AccountSummary t = admin.create(unique("reset"), "Reset Me", Role.TEACHER, "en", "password-123", false);
        String once = admin.resetPassword(t.id(), true);
        assertThat(once).hasSize(15).matches("[A-Za-z0-9_-]+");
        assertThat(accounts.authenticate(t.username(), "password-123")).isEmpty();
        assertThat(accounts.authenticate(t.username(), once)).isPresent();
        assertThat(admin.search(t.username(), Set.of(), 0, 5)).singleElement()
                .satisfies(a -> assertThat(a.mustChangePassword()).isTrue());
        assertThat(admin.resetPassword(t.id(), false)).isNotEqualTo(once);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminCannotDisableThemselfNorDropTheirOwnAdminRole() {
        UUID me = accounts.findByUsername("admin").orElseThrow().id();
        assertThatThrownBy(() -> admin.setEnabled(me, false)).isInstanceOfSatisfying(AccountRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.OWN_ACCOUNT));
        assertThatThrownBy(() -> admin.changeRole(me, Role.TEACHER)).isInstanceOfSatisfying(
                AccountRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.OWN_ACCOUNT));
        assertThat(accounts.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    @Transactional // rolled back: the other admins of the shared test database are disabled only here
    @WithMockUser(username = "ghost", roles = "ADMIN")
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        AccountSummary solo = admin.create(unique("solo"), "Solo", Role.ADMIN, "en", "password-123", false);
        for (AccountSummary other : admin.search("", EnumSet.of(Role.ADMIN), 0, 500)) {
            if (!other.id().equals(solo.id())) {
                admin.setEnabled(other.id(), false);
            }
        }
        assertThatThrownBy(() -> admin.setEnabled(solo.id(), false)).isInstanceOfSatisfying(
                AccountRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.LAST_ADMIN));
        assertThatThrownBy(() -> admin.changeRole(solo.id(), Role.LEARNER)).isInstanceOfSatisfying(
                AccountRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(AccountRefusedException.Reason.LAST_ADMIN));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void searchMatchesPartsOfNamesTakesWildcardsLiterallyAndPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            admin.create("pg" + i + "-" + tag, "Paged " + tag, Role.LEARNER, "en", "password-123", false);
        }
        admin.create("pct-" + tag, "100% " + tag, Role.TEACHER, "en", "password-123", false);
        assertThat(admin.count(tag, Set.of())).isEqualTo(6);
        assertThat(admin.count(tag, EnumSet.of(Role.LEARNER))).isEqualTo(5);
        assertThat(admin.search(tag, Set.of(), 1, 4)).extracting(AccountSummary::username)
                .containsExactly("pg3-" + tag, "pg4-" + tag);
        assertThat(admin.count("100% " + tag, Set.of())).isEqualTo(1);
        assertThat(admin.count("pg_-" + tag, Set.of())).isZero(); // "_" is no wildcard
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void consoleSignInsAndFailedSignInsAreLoggedButBearerTokenChecksAreNot() {
        String who = unique("signer");
        authEvents.publishAuthenticationSuccess(UsernamePasswordAuthenticationToken.authenticated(who, null, List.of()));
        authEvents.publishAuthenticationFailure(new BadCredentialsException("no"),
                UsernamePasswordAuthenticationToken.unauthenticated(who, "wrong"));
        authEvents.publishAuthenticationFailure(new DisabledException("off"),
                UsernamePasswordAuthenticationToken.unauthenticated(who, "right"));
        authEvents.publishAuthenticationFailure(new BadCredentialsException("bad token"),
                new BearerTokenAuthenticationToken(who));
        assertThat(logFor(who)).extracting(AccountActivity::action, AccountActivity::details).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AccountAction.SIGN_IN_FAILED, "disabled"),
                org.assertj.core.groups.Tuple.tuple(AccountAction.SIGN_IN_FAILED, "bad-credentials"),
                org.assertj.core.groups.Tuple.tuple(AccountAction.SIGNED_IN, ""));
    }
}
