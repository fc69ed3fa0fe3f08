package com.bitgraphs.simulator.api;

import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.members.Member;
import jakarta.json.JsonObject;

/**
 * A user account in Bitbucket's {@code user} shape, as it appears in memberships, commit authors and pull requests.
 */
public final class AccountJson {
    private AccountJson() {
    }

    public static JsonObject of(Member member, Links links) {
        String id = Links.segment(member.uuid());
        return JsonBuilders.object()
                .add("type", "user")
                .add("uuid", member.uuid())
                .add("account_id", member.accountId())
                .add("display_name", member.displayName())
                .add("nickname", member.nickname())
                .add("links", JsonBuilders.object()
                        .add("self", Links.href(links.api("/users/" + id)))
                        .add("html", Links.href(links.page("/users/" + id)))
                        .add("avatar", Links.href(links.page("/users/" + id + "/avatar.png"))))
                .build();
    }
}
