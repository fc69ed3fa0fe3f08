package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static com.bitgraphs.connect.control.ConnectTokens.APP_BASE_URL;
import static com.bitgraphs.connect.control.ConnectTokens.CLIENT_KEY;
import static com.bitgraphs.connect.control.ConnectTokens.SECRET;
import static com.bitgraphs.connect.control.ConnectTokens.claims;
import static com.bitgraphs.connect.control.ConnectTokens.claimsWith;
import static com.bitgraphs.connect.control.ConnectTokens.hs256;
import static com.bitgraphs.connect.control.ConnectTokens.verifier;
import static com.bitgraphs.connect.control.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lifecycle callbacks are verified against the secret the lifecycle chooses (the current one, or the
 * previous one after an uninstall), with the issuer equal to the body's clientKey and the token bound to
 * the callback's request.
 */
class LifecycleVerificationTest {

    private static final CanonicalRequest INSTALLED = CanonicalRequest.incoming("POST",
            URI.create("https://bitgraphs.example.com/bitgraphs/installed"), APP_BASE_URL);

    private static String installToken(String issuer, String secret) {
        return hs256(claimsWith(Map.of("iss", issuer, "qsh", QueryStringHash.of(INSTALLED).value())), secret);
    }

    @Test
    void acceptsAReinstallSignedWithThePreviousSecret() {
        // given: the tenant uninstalled; its secret is no longer among the installed ones
        String previousSecret = "previous-secret-kept-after-uninstall-0123456789";
        String token = installToken("returning-client", previousSecret);

        // when
        VerifiedConnectJwt verified = verifier().verifyIssuedBy("returning-client", SharedSecret.of(previousSecret), token, INSTALLED);

        // then
        assertThat(verified.clientKey()).isEqualTo("returning-client");
    }

    @Test
    void refusesAReinstallSignedWithTheNewSecretOfItsOwnBody() {
        // given: an attacker who knows the clientKey sends a fresh secret and signs with it
        String token = installToken(CLIENT_KEY, "attacker-chosen-new-secret-0123456789abcdef");

        // when / then
        assertRefused(() -> verifier().verifyIssuedBy(CLIENT_KEY, SECRET, token, INSTALLED), JwtRefusal.SIGNATURE_INVALID, token);
    }

    @Test
    void refusesATokenWhoseIssuerIsNotTheBodysClientKey() {
        // given: a tenant signs an install that claims another tenant's clientKey
        String token = installToken(CLIENT_KEY, ConnectTokens.SECRET_TEXT);

        // when / then
        assertRefused(() -> verifier().verifyIssuedBy("victim-client", SECRET, token, INSTALLED), JwtRefusal.ISSUER_MISMATCH, token);
    }

    @Test
    void refusesAContextTokenOnALifecycleCallback() {
        // given
        String token = hs256(claimsWith(Map.of("qsh", QueryStringHash.CONTEXT)));

        // when / then
        assertRefused(() -> verifier().verifyIssuedBy(CLIENT_KEY, SECRET, token, INSTALLED), JwtRefusal.CONTEXT_QSH_NOT_ALLOWED, token);
    }

    @Test
    void refusesATokenBoundToAnotherRequest() {
        // given: a token for a page, replayed as an install
        String token = hs256(claims());

        // when / then
        assertRefused(() -> verifier().verifyIssuedBy(CLIENT_KEY, SECRET, token, INSTALLED), JwtRefusal.QSH_MISMATCH, token);
    }
}
