/**
 * Secrets at rest: tenants' shared secrets, access tokens and webhook secrets are sealed with AES-256-GCM
 * before they reach the database, under a key from configuration whose id is stored beside each value so
 * keys can rotate. Each sealed value is bound to its owner (tenant and purpose): copied to another row,
 * it no longer opens.
 */
package com.bitgraphs.secret;
