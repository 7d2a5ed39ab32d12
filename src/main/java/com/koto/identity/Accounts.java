package com.koto.identity;

import com.koto.identity.internal.Account;
import com.koto.identity.internal.AccountRepository;
import com.koto.identity.internal.PasswordLength;
import com.koto.langpack.LangPacks;
import com.koto.platform.BadRequestException;
import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.platform.Region;
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
 * lookup and credential checks. Usernames are unique case-insensitively and stored lower case. An
 * instruction language chosen through the API (registration, profile, a session's) must have a language pack.
 */
@Service
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Region region;
    private final LangPacks langPacks;

    Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock, Region region,
            LangPacks langPacks) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.region = region;
        this.langPacks = langPacks;
    }

    /**
     * A learner's self-registration ({@code POST /api/v1/learners}): {@link #create} with role LEARNER.
     *
     * @param instructionLang ISO 639-1 code; {@code null} → the region's default
     *                        ({@code koto.region.instruction-language}, env {@code KOTO_INSTRUCTION_LANG})
     * @throws BadRequestException when no language pack teaches through it (the problem names the supported
     *                             ones), or the password is over bcrypt's limit
     * @throws ConflictException   when the username is taken
     */
    @Transactional
    public AccountView register(String username, String rawPassword, String displayName, String instructionLang) {
        String lang = langPacks.requireInstructionLang(
                instructionLang == null ? region.instructionLanguage() : instructionLang);
        return create(username, rawPassword, displayName, Role.LEARNER, lang);
    }

    /**
     * The language a new session of this account is taught in.
     *
     * @param requested the session's own choice, or {@code null}
     * @param fallback  used when nothing was requested and the account is gone (the access token's claim)
     * @return {@code requested}, else the account's instruction language, else {@code fallback}; lower case
     * @throws BadRequestException when no language pack teaches through it (the problem names the supported ones)
     */
    @Transactional(readOnly = true)
    public String sessionLanguage(UUID id, String requested, String fallback) {
        String lang = requested != null ? requested
                : repository.findById(id).map(a -> a.view().instructionLang()).orElse(fallback);
        return langPacks.requireInstructionLang(lang);
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
     * @param instructionLang an ISO 639-1 code with a language pack
     * @throws NotFoundException   when the account is gone
     * @throws BadRequestException when no language pack teaches through {@code instructionLang} (the problem names
     *                             the supported ones) or {@code displayName} is blank
     */
    @Transactional
    public AccountView updateProfile(UUID id, String displayName, String instructionLang) {
        String lang = instructionLang == null ? null : langPacks.requireInstructionLang(instructionLang);
        if (displayName != null && displayName.isBlank()) {
            throw new BadRequestException("display_name must not be blank.");
        }
        Account account = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no account " + id + "."));
        account.updateProfile(displayName == null ? null : displayName.trim(), lang, clock.instant());
        return account.view();
    }

    /**
     * Changes an account's password after checking the current one.
     *
     * @param newPassword 8–128 characters (checked by the caller), hashed before storage
     * @return whether the current password matched (nothing changes when it did not)
     * @throws NotFoundException when the account is gone
     */
    @Transactional
    public boolean changePassword(UUID id, String currentPassword, String newPassword) {
        Account account = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no account " + id + "."));
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
}
