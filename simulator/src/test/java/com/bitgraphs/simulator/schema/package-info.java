/**
 * Validation of the simulator's answers against the schemas of Bitbucket's OpenAPI document, when it is at hand.
 */
package com.bitgraphs.simulator.schema;
