package com.koto.identity;

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

    /** A token for the account, valid for {@code koto.identity.token-ttl}. */
    TokenResponse issue(AccountView account) {
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
        return new TokenResponse(token, "Bearer", properties.tokenTtl().toSeconds());
    }

    /**
     * The token endpoint's answer.
     *
     * @param accessToken the JWT
     * @param tokenType   always {@code Bearer}
     * @param expiresIn   lifetime in seconds
     */
    record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }
}
