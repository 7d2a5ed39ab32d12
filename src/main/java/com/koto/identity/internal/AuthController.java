package com.koto.identity.internal;

import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.platform.PlainText;
import com.koto.platform.RateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-registration of learners and the token endpoints, all public (no bearer token) and
 * rate-limited per client IP: sign-in ({@code /auth/token}), rotation ({@code /auth/refresh}) and
 * sign-out ({@code /auth/logout}).
 */
@RestController
@Tag(name = "auth", description = "Registration, sign-in, token refresh and sign-out")
@RequestMapping("/api/v1")
class AuthController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final RefreshTokens refreshTokens;
    private final RateLimits rateLimits;

    AuthController(Accounts accounts, AccessTokens tokens, RefreshTokens refreshTokens, RateLimits rateLimits) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.rateLimits = rateLimits;
    }

    /**
     * {@code POST /api/v1/learners} → 201 with the account; 409 when the username is taken; 400 when
     * no language pack teaches through {@code instruction_lang} (the problem names the supported ones).
     * Without {@code instruction_lang} the learner is taught in the region's default
     * ({@code koto.region.instruction-language}, env {@code KOTO_INSTRUCTION_LANG}); the account records the
     * deployment's region ({@code KOTO_REGION}).
     */
    @Operation(operationId = "register", summary = "Register a learner")
    @PostMapping("/learners")
    @SecurityRequirements
    @ResponseStatus(HttpStatus.CREATED)
    AccountView register(@Valid @RequestBody Registration body, HttpServletRequest request) {
        rateLimits.check(RateLimits.Kind.REGISTRATIONS, request.getRemoteAddr());
        return accounts.register(body.username(), body.password(), body.displayName(), body.instructionLang());
    }

    /**
     * {@code POST /api/v1/auth/token} → {@code {access_token, token_type, expires_in, refresh_token,
     * refresh_expires_in}}; 401 on bad credentials (without saying which part was wrong).
     */
    @Operation(operationId = "signIn", summary = "Sign in: access and refresh token")
    @PostMapping("/auth/token")
    @SecurityRequirements
    AccessTokens.TokenResponse token(@Valid @RequestBody Credentials body, HttpServletRequest request) {
        rateLimits.check(RateLimits.Kind.LOGINS, request.getRemoteAddr());
        AccountView account = accounts.authenticate(body.username(), body.password())
                .orElseThrow(() -> new BadCredentialsException("Wrong username or password."));
        return tokens.issue(account, refreshTokens.start(account.id()));
    }

    /**
     * {@code POST /api/v1/auth/refresh {refresh_token}} → a new access token and the next refresh
     * token (the presented one is spent). 401 when the refresh token is unknown, expired, revoked or
     * already used; reuse of a spent token revokes every token of that sign-in.
     */
    @Operation(operationId = "refreshToken", summary = "Exchange a refresh token for new tokens (rotation)")
    @PostMapping("/auth/refresh")
    @SecurityRequirements
    AccessTokens.TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        rateLimits.check(RateLimits.Kind.LOGINS, request.getRemoteAddr());
        RefreshTokens.Rotated rotated = refreshTokens.rotate(body.refreshToken());
        return tokens.issue(rotated.account(), rotated.next());
    }

    /**
     * {@code POST /api/v1/auth/logout {refresh_token}} → 204; revokes the token's sign-in (every
     * refresh token of its family). Idempotent: an unknown or revoked token is also 204. Access tokens
     * already issued stay valid until they expire ({@code expires_in}); clients drop them.
     */
    @Operation(operationId = "signOut", summary = "Sign out: revoke the refresh token family")
    @PostMapping("/auth/logout")
    @SecurityRequirements
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        rateLimits.check(RateLimits.Kind.LOGINS, request.getRemoteAddr());
        refreshTokens.revoke(body.refreshToken());
    }

    record Registration(
            @NotBlank @Size(min = 3, max = 40)
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
            String username,
            @NotBlank @Size(min = 8, max = 72) @PasswordLength String password,
            @NotBlank @Size(min = 1, max = 80) @PlainText String displayName,
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as 'id' or 'en'")
            @io.swagger.v3.oas.annotations.media.Schema(description = "ISO 639-1 code; omitted: the deployment's "
                    + "default instruction language (KOTO_INSTRUCTION_LANG)")
            String instructionLang) {
    }

    record Credentials(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password) {
    }

    /** @param refreshToken the refresh token from the last {@code /auth/token} or {@code /auth/refresh} */
    record RefreshRequest(@NotBlank @Size(max = 1000) String refreshToken) {
    }
}
