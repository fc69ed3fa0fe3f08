package com.bitgraphs.connect.control;

/**
 * Why a token was refused, in general terms: safe for an {@code application/problem+json} body and a log
 * line, as it says nothing about the token or the secret.
 */
public enum JwtRefusal {

    TOKEN_MISSING("token missing"),
    TOKEN_MALFORMED("token malformed"),
    ALGORITHM_NOT_ALLOWED("algorithm not allowed"),
    UNKNOWN_ISSUER("unknown issuer"),
    ISSUER_MISMATCH("issuer does not match the client key"),
    SIGNATURE_INVALID("signature invalid"),
    EXPIRY_MISSING("expiry claim missing"),
    ISSUED_AT_MISSING("issued-at claim missing"),
    EXPIRED("token expired"),
    ISSUED_IN_FUTURE("token issued in the future"),
    NOT_YET_VALID("token not yet valid"),
    QSH_MISSING("query string hash missing"),
    CONTEXT_QSH_NOT_ALLOWED("context token not accepted here"),
    QSH_MISMATCH("query string hash mismatch");

    private final String reason;

    JwtRefusal(String reason) {
        this.reason = reason;
    }

    /** The general reason, e.g. {@code "token expired"}. */
    public String reason() {
        return reason;
    }
}
