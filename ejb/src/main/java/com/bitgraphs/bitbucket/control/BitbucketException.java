package com.bitgraphs.bitbucket.control;

/** A Bitbucket call that did not succeed, by what the caller should do about it. */
public class BitbucketException extends RuntimeException {

    public enum Kind {
        /** 401 or 403: the tenant's connection is broken until it is installed or registered again. */
        ACCESS_REFUSED,
        /** 404: the thing is gone. */
        NOT_FOUND,
        /** 5xx or no answer after every retry: try again later. */
        UNAVAILABLE,
        /** Any other answer: a bug on one side. */
        UNEXPECTED
    }

    private final Kind kind;
    private final int status;

    public BitbucketException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }
}
