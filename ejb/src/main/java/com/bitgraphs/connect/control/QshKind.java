package com.bitgraphs.connect.control;

/** What a verified token's {@code qsh} turned out to be, so a caller can tell a page's API call from a bound request. */
public enum QshKind {

    /** The claim equalled the request's hash. */
    REQUEST_BOUND,

    /** The claim was {@code context-qsh}, accepted because the policy allowed it. */
    CONTEXT
}
