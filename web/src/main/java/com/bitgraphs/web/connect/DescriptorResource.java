package com.bitgraphs.web.connect;

import com.bitgraphs.connect.boundary.ConnectSettings;
import com.bitgraphs.connect.control.AppDescriptor;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What Bitbucket reads to install the app; public by nature. */
@Path("atlassian-connect.json")
public class DescriptorResource {

    @Inject
    ConnectSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject descriptor() {
        return AppDescriptor.of(settings.appKey(), settings.appName(), settings.baseUrl());
    }
}
