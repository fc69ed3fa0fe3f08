/**
 * Tests of webhook delivery to a fake app.
 */
package com.bitgraphs.simulator.webhooks;
