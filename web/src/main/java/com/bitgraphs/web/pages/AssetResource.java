package com.bitgraphs.web.pages;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.regex.Pattern;

/** {@code /assets/*}: the pages' scripts and styles, public like any web page's; only plain names, no folders. */
@Path("assets")
public class AssetResource {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css|svg)");

    @Context
    ServletContext servletContext;

    @GET
    @Path("{name}")
    public Response asset(@PathParam("name") String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("No asset " + name);
        }
        // Names carry no version: browsers ask again after five minutes
        return WarFiles.serve(servletContext, "/assets/" + name, "public, max-age=300");
    }
}
