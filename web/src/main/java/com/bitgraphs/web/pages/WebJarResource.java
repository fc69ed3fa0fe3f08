package com.bitgraphs.web.pages;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.regex.Pattern;

/**
 * {@code /webjars/echarts/{version}/dist/echarts.min.js}: ECharts from its WebJar, unpacked into the WAR at build
 * time, so the pages never load a script from a CDN.
 */
@Path("webjars")
public class WebJarResource {

    private static final Pattern ECHARTS = Pattern.compile("echarts/\\d+\\.\\d+\\.\\d+/dist/echarts\\.min\\.js");

    @Context
    ServletContext servletContext;

    @GET
    @Path("{file: .+}")
    public Response file(@PathParam("file") String file) {
        if (!ECHARTS.matcher(file).matches()) {
            throw new NotFoundException("No such WebJar file");
        }
        // The version is in the path: the file never changes
        return WarFiles.serve(servletContext, "/webjars/" + file, "public, max-age=31536000, immutable");
    }
}
