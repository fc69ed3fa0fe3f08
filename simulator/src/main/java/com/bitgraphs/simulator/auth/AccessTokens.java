package com.bitgraphs.simulator.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer access tokens the simulator issues for a workspace, like Bitbucket's workspace access tokens; they never
 * expire while the simulator runs.
 */
public final class AccessTokens {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> workspaceByToken = new ConcurrentHashMap<>();

    public String issue(String workspace) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "bgsim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        workspaceByToken.put(token, workspace);
        return token;
    }

    public Optional<String> workspaceOf(String token) {
        return Optional.ofNullable(workspaceByToken.get(token));
    }
}
