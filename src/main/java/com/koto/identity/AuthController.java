package com.koto.identity;

import com.koto.platform.PlainText;
import com.koto.platform.RateLimits;
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

/** Self-registration of learners and the token endpoint (both public, rate-limited per client IP). */
@RestController
@RequestMapping("/api/v1")
class AuthController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final RateLimits rateLimits;

    AuthController(Accounts accounts, AccessTokens tokens, RateLimits rateLimits) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.rateLimits = rateLimits;
    }

    /** {@code POST /api/v1/learners} → 201 with the account; 409 when the username is taken. */
    @PostMapping("/learners")
    @ResponseStatus(HttpStatus.CREATED)
    AccountView register(@Valid @RequestBody Registration body, HttpServletRequest request) {
        rateLimits.check(rateLimits.limits().registrations(), request.getRemoteAddr());
        return accounts.create(body.username(), body.password(), body.displayName(), Role.LEARNER,
                body.instructionLang());
    }

    /** {@code POST /api/v1/auth/token} → {@code {access_token, token_type, expires_in}}; 401 on bad credentials. */
    @PostMapping("/auth/token")
    AccessTokens.TokenResponse token(@Valid @RequestBody Credentials body, HttpServletRequest request) {
        rateLimits.check(rateLimits.limits().logins(), request.getRemoteAddr());
        return accounts.authenticate(body.username(), body.password())
                .map(tokens::issue)
                .orElseThrow(() -> new BadCredentialsException("Wrong username or password."));
    }

    record Registration(
            @NotBlank @Size(min = 3, max = 40)
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
            String username,
            @NotBlank @Size(min = 8, max = 72) @PasswordLength String password,
            @NotBlank @Size(min = 1, max = 80) @PlainText String displayName,
            @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as 'id' or 'en'")
            String instructionLang) {
    }

    record Credentials(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password) {
    }
}
