package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.members.Member;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON body of an {@code installed} or {@code uninstalled} call: {@code baseApiUrl} is the simulator itself,
 * the principal is the workspace (a team), the user its admin.
 */
public final class LifecycleBody {
    /** Bitbucket sends a public key no one uses for symmetric apps; a fixed placeholder serves. */
    private static final String PUBLIC_KEY = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC-bitgraphs-simulator";

    private LifecycleBody() {
    }

    public static JsonObject of(String eventType, Installation installation, String simulatorBase,
                                String workspaceUuid, Member admin) {
        return JsonBuilders.object()
                .add("key", installation.appKey())
                .add("clientKey", installation.clientKey())
                .add("publicKey", PUBLIC_KEY)
                .add("sharedSecret", installation.sharedSecret())
                .add("baseUrl", simulatorBase)
                .add("baseApiUrl", simulatorBase)
                .add("productType", "bitbucket")
                .add("eventType", eventType)
                .add("principal", account("team", workspaceUuid, installation.workspace(), installation.workspace(),
                        simulatorBase + "/" + installation.workspace()))
                .add("user", account("user", admin.uuid(), admin.displayName(), admin.nickname(),
                        simulatorBase + "/users/" + admin.uuid()))
                .build();
    }

    private static JsonObjectBuilder account(String type, String uuid, String displayName, String username,
                                             String html) {
        return JsonBuilders.object()
                .add("type", type)
                .add("uuid", uuid)
                .add("display_name", displayName)
                .add("username", username)
                .add("links", JsonBuilders.object().add("html", JsonBuilders.object().add("href", html)));
    }
}
