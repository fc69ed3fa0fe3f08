package com.bitgraphs.connect.control;

/**
 * A token was not accepted. Maps to 401 with a problem body built from {@link #refusal()}. It carries no
 * cause on purpose: parser exceptions quote the token's content, and a stack trace in a log must not.
 */
public class JwtRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final JwtRefusal refusal;

    public JwtRefusedException(JwtRefusal refusal) {
        super(refusal.reason(), null, false, false);
        this.refusal = refusal;
    }

    public JwtRefusal refusal() {
        return refusal;
    }
}
