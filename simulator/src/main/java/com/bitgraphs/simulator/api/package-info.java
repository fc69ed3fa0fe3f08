/**
 * The REST API 2.0 endpoints (GET only, under {@code /2.0}) and the JSON shapes they answer with, field for field
 * as Bitbucket's OpenAPI document names them.
 */
package com.bitgraphs.simulator.api;
