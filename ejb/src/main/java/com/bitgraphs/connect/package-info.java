/**
 * Atlassian Connect: how Bitbucket and Bitgraphs prove themselves to each other. Incoming requests carry a
 * JWT signed with the tenant's shared secret and bound to the request by its query string hash; the app's
 * own calls to Bitbucket are signed the same way. The JAX-RS filter and the lifecycle resource build on the
 * controls here: {@link com.bitgraphs.connect.control.CanonicalRequest},
 * {@link com.bitgraphs.connect.control.QueryStringHash}, {@link com.bitgraphs.connect.control.ConnectJwtVerifier}
 * and {@link com.bitgraphs.connect.control.ConnectJwtSigner}.
 */
package com.bitgraphs.connect;
