package com.bitgraphs.bitbucket.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** A Bitbucket user or team, as it appears in authors, reviewers, participants and members. */
public record Account(String uuid,
                      @JsonbProperty("account_id") String accountId,
                      @JsonbProperty("display_name") String displayName,
                      String nickname,
                      String type) {
}
