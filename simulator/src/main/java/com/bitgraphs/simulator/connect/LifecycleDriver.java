package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.auth.JwtSigner;
import com.bitgraphs.simulator.http.ApiProblem;
import com.bitgraphs.simulator.members.Member;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Plays Bitbucket's side of an app's lifecycle, signing as Bitbucket does: the first install of a clientKey
 * unsigned; a later install with the secret the app holds (for a reinstall after an uninstall that is the previous
 * secret); an uninstall with the current one. Every install brings a new secret, stored only once the app took it.
 */
public final class LifecycleDriver {
    private final Installations installations;
    private final DescriptorFetch descriptors;
    private final JwtSigner signer;
    private final HttpClient http;
    private final String workspace;
    private final String workspaceUuid;
    private final Member admin;
    private final String simulatorBase;
    private final SecureRandom random = new SecureRandom();

    public LifecycleDriver(Installations installations, HttpClient http, JwtSigner signer, String workspace,
                           String workspaceUuid, Member admin, String simulatorBase) {
        this.installations = installations;
        this.descriptors = new DescriptorFetch(http);
        this.signer = signer;
        this.http = http;
        this.workspace = workspace;
        this.workspaceUuid = workspaceUuid;
        this.admin = admin;
        this.simulatorBase = simulatorBase;
    }

    public synchronized LifecycleResult install(String descriptorUrl) {
        Descriptor descriptor = descriptors.fetch(descriptorUrl);
        String clientKey = "ari:cloud:bitbucket::app/" + workspaceUuid + "/" + descriptor.key();
        Installation known = installations.find(clientKey).orElse(null);
        Installation next = new Installation(clientKey, workspace, descriptorUrl, descriptor, newSecret(),
                known == null ? null : known.sharedSecret(), true);
        String signing = known == null ? "none" : known.installed() ? "current" : "previous";
        if (descriptor.installedUrl() == null) {
            installations.put(next);
            return new LifecycleResult("installed", descriptor.key(), clientKey, signing, 0, next.sharedSecret());
        }
        int status = call(descriptor, descriptor.installedUrl(), LifecycleBody.of("installed", next, simulatorBase,
                workspaceUuid, admin), known == null ? null : known.sharedSecret(), clientKey);
        if (status / 100 != 2) {
            throw new ApiProblem(502, "The app refused the install: HTTP " + status);
        }
        installations.put(next);
        return new LifecycleResult("installed", descriptor.key(), clientKey, signing, status, next.sharedSecret());
    }

    public synchronized LifecycleResult uninstall(String appKey) {
        Installation current = installations.all().stream()
                .filter(i -> i.installed() && i.appKey().equals(appKey)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No installed app " + appKey));
        int status = current.descriptor().uninstalledUrl() == null ? 0
                : call(current.descriptor(), current.descriptor().uninstalledUrl(),
                LifecycleBody.of("uninstalled", current, simulatorBase, workspaceUuid, admin),
                current.sharedSecret(), current.clientKey());
        // Bitbucket removes the app whatever the app answers
        installations.put(new Installation(current.clientKey(), current.workspace(), current.descriptorUrl(),
                current.descriptor(), current.sharedSecret(), current.previousSecret(), false));
        return new LifecycleResult("uninstalled", appKey, current.clientKey(), "current", status,
                current.sharedSecret());
    }

    /** Installs a known app again from its descriptor URL. */
    public LifecycleResult reinstall(String appKey) {
        Installation known = installations.all().stream().filter(i -> i.appKey().equals(appKey)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Unknown app " + appKey));
        return install(known.descriptorUrl());
    }

    private int call(Descriptor descriptor, String url, JsonObject body, String secret, String clientKey) {
        URI target = AppUrl.absolute(descriptor, url);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (secret != null) {
            String qsh = AppUrl.qsh("POST", descriptor, target);
            request.header("Authorization", "JWT " + signer.sign(secret, clientKey, admin.uuid(), qsh));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new ApiProblem(502, "The app could not be reached at " + target + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "Interrupted");
        }
    }

    private String newSecret() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
