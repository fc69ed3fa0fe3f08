/**
 * The app's read-only Bitbucket Cloud REST API 2.0 client: MicroProfile Rest Client interfaces with GET
 * methods only (read-only is a promise, and a test proves there is no other method), records for the
 * shapes, a pager that follows {@code next}, Connect JWT or bearer authentication per tenant, and calls
 * that honour rate limits and retry what can be retried.
 */
package com.bitgraphs.bitbucket;
