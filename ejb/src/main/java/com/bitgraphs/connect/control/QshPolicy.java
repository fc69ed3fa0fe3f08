package com.bitgraphs.connect.control;

/**
 * Which {@code qsh} an endpoint accepts. Lifecycle callbacks, webhooks and page loads must be bound to
 * their request; accepting a context token there is the classic Connect hole that lets a token lifted
 * from any page drive an install.
 */
public enum QshPolicy {

    /** The claim must equal the request's hash: lifecycle, webhooks, page loads. */
    REQUEST_BOUND,

    /** The request's hash or {@code context-qsh}: only the app's own read API that its pages call. */
    REQUEST_BOUND_OR_CONTEXT
}
