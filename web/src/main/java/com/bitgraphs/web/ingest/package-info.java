/** Webhook deliveries over HTTP: Connect webhooks (JWT) and token-door webhooks (HMAC), stored then answered. */
package com.bitgraphs.web.ingest;
