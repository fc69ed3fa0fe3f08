/**
 * Webhooks as Bitbucket sends them to Connect apps: the served repositories are polled, new commits become
 * {@code repo:push} events and pull-request changes {@code pullrequest:*} events, Connect-wrapped, JWT-signed and
 * retried twice on 5xx, to every installed app whose descriptor subscribes to the event.
 */
package com.bitgraphs.simulator.webhooks;
