package com.bitgraphs.registration.boundary;

import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.tenant.entity.Workspace;

import java.util.UUID;

/**
 * A registered workspace and what to paste into Bitbucket's webhook settings; the webhook secret is shown
 * this once and never again.
 */
public record Registration(UUID tenant, Workspace workspace, String webhookPath, SharedSecret webhookSecret) {

    @Override
    public String toString() {
        return "Registration[tenant=" + tenant + ", workspace=" + workspace.slug() + "]";
    }
}
