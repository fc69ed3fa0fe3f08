package com.bitgraphs.connect.control;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.bitgraphs.connect.control.ConnectTokens.NOW;
import static com.bitgraphs.connect.control.ConnectTokens.REQUEST;
import static com.bitgraphs.connect.control.ConnectTokens.claims;
import static com.bitgraphs.connect.control.ConnectTokens.claimsWith;
import static com.bitgraphs.connect.control.ConnectTokens.hs256;
import static com.bitgraphs.connect.control.ConnectTokens.verifier;
import static com.bitgraphs.connect.control.ConnectTokens.verifierAt;
import static com.bitgraphs.connect.control.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A token lives from {@code iat} to {@code exp}, both required, give or take the leeway (30 s here). */
class TokenLifetimeTest {

    private static final long EXP = NOW.getEpochSecond() + 180;

    @Test
    void refusesATokenWithoutExpiry() {
        // given
        JwtClaims claims = claims();
        claims.unsetClaim("exp");
        String token = hs256(claims);

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.EXPIRY_MISSING, token);
    }

    @Test
    void refusesATokenWithoutIssuedAt() {
        // given
        JwtClaims claims = claims();
        claims.unsetClaim("iat");
        String token = hs256(claims);

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.ISSUED_AT_MISSING, token);
    }

    @Test
    void refusesAnExpiryThatIsNoNumber() {
        // given
        String token = hs256(claimsWith(Map.of("exp", "tomorrow")));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.TOKEN_MALFORMED, token);
    }

    @Test
    void acceptsAnExpiredTokenUntilTheLeewayRunsOut() {
        // given
        String token = hs256(claims());

        // when: 29 seconds after exp, still within 30 s of leeway
        VerifiedConnectJwt verified = verifierAt(NOW.plusSeconds(180 + 29)).verify(token, REQUEST, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.expiresAt().getEpochSecond()).isEqualTo(EXP);
    }

    @Test
    void refusesATokenOnceExpiryPlusLeewayIsReached() {
        // given
        String token = hs256(claims());

        // when / then
        assertRefused(() -> verifierAt(NOW.plusSeconds(180 + 30)).verify(token, REQUEST, QshPolicy.REQUEST_BOUND),
                JwtRefusal.EXPIRED, token);
    }

    @Test
    void refusesALongExpiredToken() {
        // given
        String token = hs256(claimsWith(Map.of("iat", NOW.getEpochSecond() - 3600, "exp", NOW.getEpochSecond() - 3420)));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.EXPIRED, token);
    }

    @Test
    void acceptsATokenIssuedWithinTheLeewayAhead() {
        // given: the sender's clock is 30 s fast
        String token = hs256(claimsWith(Map.of("iat", NOW.getEpochSecond() + 30)));

        // when
        VerifiedConnectJwt verified = verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND);

        // then
        assertThat(verified.issuedAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void refusesATokenIssuedBeyondTheLeewayAhead() {
        // given
        String token = hs256(claimsWith(Map.of("iat", NOW.getEpochSecond() + 31)));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.ISSUED_IN_FUTURE, token);
    }

    @Test
    void refusesATokenNotYetValid() {
        // given
        String token = hs256(claimsWith(Map.of("nbf", NOW.getEpochSecond() + 60)));

        // when / then
        assertRefused(() -> verifier().verify(token, REQUEST, QshPolicy.REQUEST_BOUND), JwtRefusal.NOT_YET_VALID, token);
    }
}
