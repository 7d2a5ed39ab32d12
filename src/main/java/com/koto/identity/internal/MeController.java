package com.koto.identity.internal;

import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.platform.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.koto.platform.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account's own profile: {@code GET /api/v1/me}, {@code PATCH /api/v1/me},
 * {@code POST /api/v1/me/password} (bearer token required, any role).
 */
@RestController
@Tag(name = "me", description = "The signed-in account")
@RequestMapping("/api/v1/me")
class MeController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final RefreshTokens refreshTokens;

    MeController(Accounts accounts, AccessTokens tokens, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    /** {@code GET /me} → the account (never its password hash). */
    @Operation(operationId = "getMe", summary = "The signed-in account")
    @GetMapping
    AccountView me(@AuthenticationPrincipal Jwt jwt) {
        return accounts.find(id(jwt)).orElseThrow(MeController::gone);
    }

    /**
     * {@code PATCH /me {display_name?, instruction_lang?}} → the updated account. Omitted fields stay
     * as they are. 400 when {@code instruction_lang} has no language pack (the problem names the
     * supported ones). New sessions use the new language at once; access tokens issued before keep the
     * old {@code instruction_lang} claim until they are refreshed.
     */
    @Operation(operationId = "updateMe", summary = "Change display name or instruction language")
    @PatchMapping
    AccountView update(@Valid @RequestBody ProfileChange body, @AuthenticationPrincipal Jwt jwt) {
        return accounts.updateProfile(id(jwt), body.displayName(), body.instructionLang());
    }

    /**
     * {@code POST /me/password {current_password, new_password}} → a fresh token pair. Every refresh
     * token of the account (other devices' sign-ins) is revoked; 400 when {@code current_password} is wrong.
     */
    @Operation(operationId = "changePassword", summary = "Change the password (returns fresh tokens)")
    @PostMapping("/password")
    AccessTokens.TokenResponse changePassword(@Valid @RequestBody PasswordChange body, @AuthenticationPrincipal Jwt jwt) {
        UUID id = id(jwt);
        if (!accounts.changePassword(id, body.currentPassword(), body.newPassword())) {
            throw new BadRequestException("The current password is wrong; the password was not changed.");
        }
        refreshTokens.revokeAll(id);
        AccountView account = accounts.find(id).orElseThrow(MeController::gone);
        return tokens.issue(account, refreshTokens.start(id));
    }

    private static UUID id(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    private static NotFoundException gone() {
        return new NotFoundException("This account no longer exists.");
    }

    /**
     * @param displayName     1–80 characters
     * @param instructionLang ISO 639-1 code with an installed language pack
     */
    record ProfileChange(@Size(min = 1, max = 80) String displayName,
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as 'id' or 'en'")
            String instructionLang) {
    }

    /**
     * @param currentPassword the password now
     * @param newPassword     8–72 characters and at most 72 bytes (bcrypt)
     */
    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(min = 8, max = 72) @PasswordLength String newPassword) {
    }
}
