package com.bitgraphs.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Plays Bitbucket towards the app in the tests: lifecycle bodies and Connect JWTs, signed with jose4j and
 * a query string hash computed here, independently of the app's own code. Every secret and token it makes
 * is registered with {@link UsedSecrets} so that the log scan can look for it.
 */
final class ConnectClient {

    static final String APP_KEY = "bitgraphs";
    /**
     * The API the tests' installs name: allowed, on this machine, and answered by a simulator only while a test
     * runs one, so the backfill an install starts never reaches beyond the machine.
     */
    static final String LOCAL_API = "http://127.0.0.1:" + System.getProperty("bitgraphs.it.simulator.port");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConnectClient() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return UsedSecrets.add("secret-" + HexFormat.of().formatHex(bytes));
    }

    static JsonObject installBody(String clientKey, String secret, String workspace, String baseApiUrl) {
        var body = Json.createObjectBuilder()
                .add("key", APP_KEY)
                .add("clientKey", clientKey)
                .add("publicKey", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")
                .add("baseUrl", "https://bitbucket.org")
                .add("baseApiUrl", baseApiUrl)
                .add("productType", "bitbucket")
                .add("eventType", "installed")
                .add("principal", Json.createObjectBuilder()
                        .add("type", "team")
                        .add("uuid", "{" + clientKey + "-workspace}")
                        .add("username", workspace)
                        .add("display_name", "Workspace " + workspace));
        if (secret != null) {
            body.add("sharedSecret", secret);
        }
        return body.build();
    }

    static String qsh(String method, String path, String canonicalQuery) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((method + "&" + path + "&" + canonicalQuery).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token unless {@code adjust} spoils it: iss, iat, exp (3 minutes) and qsh set. */
    static String token(String issuer, String secret, String qsh, Consumer<JwtClaims> adjust) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(3);
        claims.setStringClaim("qsh", qsh);
        adjust.accept(claims);
        return sign(claims, secret, AlgorithmIdentifiers.HMAC_SHA256);
    }

    static String sign(JwtClaims claims, String secret, String algorithm) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(algorithm);
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        jws.setDoKeyValidation(false);
        try {
            return UsedSecrets.add(jws.getCompactSerialization());
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(String path, JsonObject body, String token) throws Exception {
        return post(path, body.toString(), token);
    }

    static HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(DeployedApplication.app(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
