/**
 * Authentication as Bitbucket does it: Connect JWTs (HS256 with the installation's shared secret, with a query
 * string hash of the request) and bearer access tokens issued by the simulator. The query string hash is
 * implemented here independently of the app's, so that each side checks the other.
 */
package com.bitgraphs.simulator.auth;
