/**
 * The workspace's members, derived from the served history: one account per distinct author email, except the
 * emails configured as having no Bitbucket account, so that both kinds of author occur.
 */
package com.bitgraphs.simulator.members;
