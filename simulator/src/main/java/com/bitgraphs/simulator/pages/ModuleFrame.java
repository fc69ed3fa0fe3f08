package com.bitgraphs.simulator.pages;

import com.bitgraphs.simulator.auth.JwtSigner;
import com.bitgraphs.simulator.connect.AppUrl;
import com.bitgraphs.simulator.connect.Installation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The URL an iframe loads for an app's page module: the descriptor's URL with its context parameters
 * ({@code {workspace.slug}}, {@code {repository.uuid}}, {@code {user.uuid}}, ...) filled in, and a page JWT whose
 * qsh covers exactly that URL appended as {@code jwt=}.
 */
public record ModuleFrame(JwtSigner signer, String subject) {

    public String url(Installation installation, String moduleUrl, Map<String, String> context) {
        String filled = moduleUrl;
        for (Map.Entry<String, String> entry : context.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}",
                    URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        URI target = AppUrl.absolute(installation.descriptor(), filled);
        String jwt = signer.sign(installation.sharedSecret(), installation.clientKey(), subject,
                AppUrl.qsh("GET", installation.descriptor(), target));
        return target + (target.getRawQuery() == null ? "?" : "&") + "jwt=" + jwt;
    }
}
