package com.koto.identity;

import com.koto.identity.AccountRefusedException.Reason;
import com.koto.identity.internal.Account;
import com.koto.identity.internal.AccountDirectory;
import com.koto.identity.internal.AccountRepository;
import com.koto.platform.Region;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage accounts: list and search, create (any role), change a role, disable and enable,
 * reset a password. Every change is written to the {@link AccountLog} in the same transaction.
 * Guards: an admin cannot disable themself or drop their own ADMIN role, and no change may leave
 * the system without an enabled ADMIN.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** Same rule as the API's registration: 3–40 characters, letters, digits, {@code . _ -}. */
    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{3,40}");
    /** Length of a generated one-time password (base64url characters, 90 bits). */
    static final int GENERATED_LENGTH = 15;

    private final AccountRepository accounts;
    private final AccountDirectory directory;
    private final AccountLog log;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Region region;
    private final SecureRandom random = new SecureRandom();

    AccountAdministration(AccountRepository accounts, AccountDirectory directory, AccountLog log,
            PasswordEncoder encoder, Clock clock, Region region) {
        this.accounts = accounts;
        this.directory = directory;
        this.log = log;
        this.encoder = encoder;
        this.clock = clock;
        this.region = region;
    }

    /**
     * One page of accounts, sorted by username.
     *
     * @param text  matched case-insensitively inside username or display name; blank matches all
     * @param roles the roles to include (empty: all)
     * @param page  0-based page
     * @param size  page size, 1–500
     */
    @Transactional(readOnly = true)
    public List<AccountSummary> search(String text, Set<Role> roles, int page, int size) {
        return directory.search(pattern(text), roleSet(roles),
                        PageRequest.of(page, Math.clamp(size, 1, 500), Sort.by("username")))
                .map(AccountSummary::of).getContent();
    }

    /** How many accounts {@link #search} finds in all. */
    @Transactional(readOnly = true)
    public long count(String text, Set<Role> roles) {
        return directory.search(pattern(text), roleSet(roles), PageRequest.of(0, 1)).getTotalElements();
    }

    /**
     * Creates an account with a password the admin chose, stamped with this deployment's region
     * ({@code koto.region.code}; {@code null} when none is configured).
     *
     * @param instructionLang    ISO 639-1 code; blank → the region's default ({@code koto.region.instruction-language})
     * @param mustChangePassword whether the owner must choose a new password at the first console sign-in
     * @throws AccountRefusedException USERNAME_INVALID, USERNAME_TAKEN, DISPLAY_NAME_INVALID, PASSWORD_LENGTH
     */
    @Transactional
    public AccountSummary create(String username, String displayName, Role role, String instructionLang,
            String password, boolean mustChangePassword) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountRefusedException(Reason.USERNAME_INVALID,
                    "A username is 3–40 letters, digits, dots, underscores or hyphens.");
        }
        String shown = displayName == null ? "" : displayName.strip();
        if (shown.isEmpty() || shown.length() > 80) {
            throw new AccountRefusedException(Reason.DISPLAY_NAME_INVALID, "A display name is 1–80 characters.");
        }
        checkLength(password);
        if (accounts.findByUsername(name).isPresent()) {
            throw new AccountRefusedException(Reason.USERNAME_TAKEN, "The username '" + name + "' is already taken.");
        }
        Account account = new Account(name, encoder.encode(password), shown, role,
                instructionLang == null || instructionLang.isBlank() ? region.instructionLanguage()
                        : instructionLang.toLowerCase(Locale.ROOT),
                region.code(), clock.instant());
        account.changePassword(account.passwordHash(), mustChangePassword, clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raced) {
            throw new AccountRefusedException(Reason.USERNAME_TAKEN, "The username '" + name + "' is already taken.");
        }
        log.record(me(), name, AccountAction.CREATED, role.name());
        return AccountSummary.of(account);
    }

    /**
     * Gives an account another role.
     *
     * @throws AccountRefusedException OWN_ACCOUNT (an admin demoting themself), LAST_ADMIN, NOT_FOUND
     */
    @Transactional
    public AccountSummary changeRole(UUID id, Role role) {
        Account account = load(id);
        if (account.role() == role) {
            return AccountSummary.of(account);
        }
        if (account.role() == Role.ADMIN) {
            guardAdminLoss(account);
        }
        Role before = account.role();
        account.changeRole(role, clock.instant());
        log.record(me(), account.username(), AccountAction.ROLE_CHANGED, before + " → " + role);
        return AccountSummary.of(account);
    }

    /**
     * Disables (no sign-in, no new API token) or enables an account.
     *
     * @throws AccountRefusedException OWN_ACCOUNT, LAST_ADMIN, NOT_FOUND
     */
    @Transactional
    public AccountSummary setEnabled(UUID id, boolean enabled) {
        Account account = load(id);
        if (account.enabled() == enabled) {
            return AccountSummary.of(account);
        }
        if (!enabled && account.role() == Role.ADMIN) {
            guardAdminLoss(account);
        }
        account.changeEnabled(enabled, clock.instant());
        log.record(me(), account.username(), enabled ? AccountAction.ENABLED : AccountAction.DISABLED, "");
        return AccountSummary.of(account);
    }

    /**
     * Replaces an account's password with a generated one, returned once (only its hash is stored).
     *
     * @param forceChange whether the owner must choose a new password at the next console sign-in
     * @return the new password (15 base64url characters)
     * @throws AccountRefusedException NOT_FOUND
     */
    @Transactional
    public String resetPassword(UUID id, boolean forceChange) {
        Account account = load(id);
        byte[] bytes = new byte[GENERATED_LENGTH * 3 / 4 + 1];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, GENERATED_LENGTH);
        account.changePassword(encoder.encode(password), forceChange, clock.instant());
        log.record(me(), account.username(), AccountAction.PASSWORD_RESET, forceChange ? "forced" : "");
        return password;
    }

    static void checkLength(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            throw new AccountRefusedException(Reason.PASSWORD_LENGTH, "A password is 8–128 characters.");
        }
    }

    private void guardAdminLoss(Account account) {
        if (account.username().equals(me())) {
            throw new AccountRefusedException(Reason.OWN_ACCOUNT,
                    "You cannot disable your own account or give up your own ADMIN role.");
        }
        if (account.enabled() && directory.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AccountRefusedException(Reason.LAST_ADMIN, "This is the last enabled ADMIN account.");
        }
    }

    private Account load(UUID id) {
        return accounts.findById(id).orElseThrow(
                () -> new AccountRefusedException(Reason.NOT_FOUND, "No account with id " + id + "."));
    }

    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Set<Role> roleSet(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.allOf(Role.class) : roles;
    }

    static String me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
