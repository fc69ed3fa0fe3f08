package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.members.Member;

import java.time.OffsetDateTime;

/**
 * A member's part in a pull request.
 *
 * @param role           REVIEWER or PARTICIPANT
 * @param state          "approved", "changes_requested" or null
 * @param participatedOn when the member approved, or null
 */
public record Participant(Member user, String role, boolean approved, String state, OffsetDateTime participatedOn) {
}
