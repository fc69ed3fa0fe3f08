/**
 * The HTTP face of Bitgraphs: the JAX-RS application under the {@code /bitgraphs} context root and the one
 * place where exceptions become RFC 9457 problem responses.
 */
package com.bitgraphs.web;
