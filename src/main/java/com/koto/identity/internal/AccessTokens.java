package com.koto.identity.internal;

import com.koto.identity.AccountView;
import com.koto.identity.TokenClaims;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Issues access tokens (HS256 JWT) for authenticated accounts. */
@Service
class AccessTokens {

    private final JwtEncoder encoder;
    private final IdentityProperties properties;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, IdentityProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * An access token for the account, valid for {@code koto.identity.token-ttl}, with the refresh
     * token that goes with it.
     */
    TokenResponse issue(AccountView account, RefreshTokens.Issued refresh) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(TokenClaims.ISSUER)
                .subject(account.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .claim(TokenClaims.USERNAME, account.username())
                .claim(TokenClaims.ROLES, List.of(account.role().name()))
                .claim(TokenClaims.INSTRUCTION_LANG, account.instructionLang())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new TokenResponse(token, "Bearer", properties.tokenTtl().toSeconds(), refresh.token(),
                refresh.expiresInSeconds());
    }

    /**
     * The answer of {@code POST /auth/token} and {@code POST /auth/refresh}.
     *
     * @param accessToken      the JWT to send as {@code Authorization: Bearer …}
     * @param tokenType        always {@code Bearer}
     * @param expiresIn        access-token lifetime in seconds
     * @param refreshToken     opaque token for {@code POST /auth/refresh}; single use (each refresh returns
     *                         the next one)
     * @param refreshExpiresIn refresh-token lifetime in seconds
     */
    @Schema(name = "TokenResponse")
    record TokenResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String accessToken,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "Bearer") String tokenType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long expiresIn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long refreshExpiresIn) {
    }
}
