package com.koto.identity;

import com.koto.platform.BadRequestException;
import com.koto.platform.ConflictException;
import com.koto.platform.RegionProperties;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creation with a hashed password ({@code DelegatingPasswordEncoder}, bcrypt by default),
 * lookup and credential checks. Usernames are unique case-insensitively and stored lower case.
 */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final RegionProperties region;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock, RegionProperties region) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.region = region;
    }

    /**
     * Creates an account, stamped with this deployment's region ({@code koto.region.code}, column
     * {@code accounts.region}; {@code null} when no region is configured).
     *
     * @param username        3–40 characters, letters, digits, {@code . _ -}; stored lower case
     * @param rawPassword     8–72 characters and at most 72 bytes in UTF-8 (bcrypt's limit), hashed before storage
     * @param displayName     1–80 characters
     * @param role            the role
     * @param instructionLang ISO 639-1 code
     * @return the new account
     * @throws ConflictException   when the username is taken
     * @throws BadRequestException when the password is over bcrypt's 72-byte limit
     */
    @Transactional
    public AccountView create(String username, String rawPassword, String displayName, Role role,
            String instructionLang) {
        if (!PasswordLength.Validator.fits(rawPassword)) {
            throw new BadRequestException("The password is longer than 72 bytes in UTF-8 (a Korean character "
                    + "counts as 3 bytes); choose a shorter one.");
        }
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        if (repository.findByUsername(normalized).isPresent()) {
            throw new ConflictException("The username '" + normalized + "' is already taken.");
        }
        Account account = new Account(normalized, passwordEncoder.encode(rawPassword), displayName.trim(), role,
                instructionLang.toLowerCase(Locale.ROOT), region.code(), clock.instant());
        try {
            return repository.saveAndFlush(account).view();
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("The username '" + normalized + "' is already taken.");
        }
    }

    /**
     * Checks a username and password.
     *
     * @return the account when the credentials match an enabled account; empty otherwise (no hint
     *         about which part was wrong)
     */
    @Transactional(readOnly = true)
    public Optional<AccountView> authenticate(String username, String rawPassword) {
        if (!PasswordLength.Validator.fits(rawPassword)) {
            return Optional.empty(); // no stored password can be longer, and bcrypt refuses to hash it
        }
        return repository.findByUsername(username.trim())
                .filter(Account::enabled)
                .filter(a -> passwordEncoder.matches(rawPassword, a.passwordHash()))
                .map(Account::view);
    }

    /** An account by id. */
    @Transactional(readOnly = true)
    public Optional<AccountView> find(UUID id) {
        return repository.findById(id).map(Account::view);
    }

    /** An account by username (case-insensitive). */
    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return repository.findByUsername(username.trim()).map(Account::view);
    }

    /**
     * Changes an account's own profile (learner API {@code PATCH /me}); {@code null} leaves a field as is.
     *
     * @param displayName     1–80 characters, trimmed
     * @param instructionLang an ISO 639-1 code the caller has checked against the installed packs
     * @throws com.koto.platform.NotFoundException when the account is gone
     */
    @Transactional
    public AccountView updateProfile(UUID id, String displayName, String instructionLang) {
        Account account = repository.findById(id)
                .orElseThrow(() -> new com.koto.platform.NotFoundException("There is no account " + id + "."));
        account.updateProfile(displayName == null ? null : displayName.trim(),
                instructionLang == null ? null : instructionLang.toLowerCase(Locale.ROOT), clock.instant());
        return account.view();
    }

    /**
     * Changes an account's password after checking the current one.
     *
     * @param newPassword 8–128 characters (checked by the caller), hashed before storage
     * @return whether the current password matched (nothing changes when it did not)
     * @throws com.koto.platform.NotFoundException when the account is gone
     */
    @Transactional
    public boolean changePassword(UUID id, String currentPassword, String newPassword) {
        Account account = repository.findById(id)
                .orElseThrow(() -> new com.koto.platform.NotFoundException("There is no account " + id + "."));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            return false;
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        return true;
    }

    /** Whether any account has this role. */
    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return repository.existsByRole(role);
    }

    /** The stored hash, for Spring Security's login (package-private: never leaves the module). */
    @Transactional(readOnly = true)
    Optional<Account> entity(String username) {
        return repository.findByUsername(username.trim());
    }
}
