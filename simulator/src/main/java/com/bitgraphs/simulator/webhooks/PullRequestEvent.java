package com.bitgraphs.simulator.webhooks;

import com.bitgraphs.simulator.pullrequests.Participant;
import com.bitgraphs.simulator.pullrequests.PullRequest;

/**
 * One {@code pullrequest:*} event to send.
 *
 * @param approval the participant who approved or unapproved, for those two events; null otherwise
 */
public record PullRequestEvent(String key, PullRequest pullRequest, Participant approval) {
}
