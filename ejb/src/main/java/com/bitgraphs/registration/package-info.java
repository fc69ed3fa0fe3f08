/**
 * The token door, which works with Bitbucket Cloud today: an operator registers a workspace with a
 * Bitbucket access token; Bitgraphs checks it with a read call, seals it, and hands back the webhook URL and
 * a generated webhook secret to paste into Bitbucket. Same tenant model, isolation and retention as Connect.
 */
package com.bitgraphs.registration;
