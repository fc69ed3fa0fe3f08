/**
 * Atlassian Connect over HTTP: the descriptor, the lifecycle callbacks, and the filter that authenticates
 * every other Connect request by its JWT and enters its tenant.
 */
package com.bitgraphs.web.connect;
