package com.bitgraphs.web.workspace;

import com.bitgraphs.people.boundary.People;
import com.bitgraphs.people.control.Mailmap;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Identity merges, admin only: the workspace's {@code .mailmap} ({@code settings/mailmap}) and explicit merges of
 * identities into a person ({@code people/{person}/identities}). A person is named by its canonical identity's id.
 */
@Path("api/v1/workspaces/{workspace}")
@ConnectJwt(allowContextToken = true)
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private static final int MAX_MAILMAP_CHARACTERS = 1_000_000;

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    People people;

    @GET
    @Path("settings/mailmap")
    public JsonObject mailmap(@PathParam("workspace") String slug) {
        Tenant tenant = adminOf(slug);
        String content = people.mailmap(tenant.id());
        return Json.createObjectBuilder().add("mailmap", content)
                .add("entries", Mailmap.parse(content).entries().size()).build();
    }

    @PUT
    @Path("settings/mailmap")
    @Consumes(MediaType.TEXT_PLAIN)
    public JsonObject replaceMailmap(@PathParam("workspace") String slug, String content) {
        Tenant tenant = adminOf(slug);
        String text = content == null ? "" : content;
        if (text.length() > MAX_MAILMAP_CHARACTERS) {
            throw new BadRequestException("a mailmap may hold at most " + MAX_MAILMAP_CHARACTERS + " characters");
        }
        Mailmap parsed = Mailmap.parse(text);
        if (!parsed.errors().isEmpty()) {
            throw new BadRequestException("the mailmap was not changed: " + String.join("; ", parsed.errors()));
        }
        people.replaceMailmap(tenant.id(), text);
        return Json.createObjectBuilder().add("mailmap", text).add("entries", parsed.entries().size()).build();
    }

    @PUT
    @Path("settings/mailmap")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject replaceMailmap(@PathParam("workspace") String slug, JsonObject body) {
        if (body == null || !(body.get("mailmap") instanceof JsonString mailmap)) {
            throw new BadRequestException("a JSON body {\"mailmap\": \"...\"} or a text/plain .mailmap is required");
        }
        return replaceMailmap(slug, mailmap.getString());
    }

    @GET
    @Path("people/{person}/identities")
    public JsonObject identities(@PathParam("workspace") String slug, @PathParam("person") long person) {
        Tenant tenant = adminOf(slug);
        return personJson(tenant, person);
    }

    /** {@code {"identities": [id, ...]}}: those identities, with whatever they were grouped with, join this person. */
    @POST
    @Path("people/{person}/identities")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject merge(@PathParam("workspace") String slug, @PathParam("person") long person, JsonObject body) {
        Tenant tenant = adminOf(slug);
        Set<Long> identities = identityIds(body);
        personJson(tenant, person);
        Set<Long> unknown = people.merge(tenant.id(), person, identities);
        if (!unknown.isEmpty()) {
            throw new BadRequestException("no identities " + unknown + " in this workspace; nothing was merged");
        }
        return personJson(tenant, person);
    }

    @DELETE
    @Path("people/{person}/identities/{identity}")
    public JsonObject unmerge(@PathParam("workspace") String slug, @PathParam("person") long person,
                              @PathParam("identity") long identity) {
        Tenant tenant = adminOf(slug);
        boolean member = people.personOf(tenant.id(), person).stream().anyMatch(view -> view.id() == identity);
        if (!member || !people.unmerge(tenant.id(), identity)) {
            throw new NotFoundException("identity " + identity + " was not merged into person " + person
                    + " by an admin (a mailmap grouping changes with the mailmap)");
        }
        return personJson(tenant, person);
    }

    private JsonObject personJson(Tenant tenant, long person) {
        List<People.IdentityView> views = people.personOf(tenant.id(), person);
        if (views.isEmpty() || views.get(0).personId() != person) {
            throw new NotFoundException("No person " + person);
        }
        JsonArrayBuilder identities = Json.createArrayBuilder();
        for (People.IdentityView view : views) {
            JsonObjectBuilder identity = Json.createObjectBuilder().add("id", view.id()).add("name", view.name());
            identity.add("email", view.email() == null ? JsonValue.NULL : Json.createValue(view.email()));
            identity.add("account_uuid", view.accountUuid() == null ? JsonValue.NULL : Json.createValue(view.accountUuid()));
            identities.add(identity);
        }
        return Json.createObjectBuilder().add("id", person).add("name", views.get(0).name())
                .add("identities", identities).build();
    }

    private static Set<Long> identityIds(JsonObject body) {
        if (body == null || body.getJsonArray("identities") == null || body.getJsonArray("identities").isEmpty()) {
            throw new BadRequestException("a JSON body {\"identities\": [id, ...]} with at least one id is required");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonValue value : body.getJsonArray("identities")) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new BadRequestException("identities must be integer identity ids, not " + value);
            }
            ids.add(number.longValue());
        }
        return ids;
    }

    private Tenant adminOf(String slug) {
        Tenant tenant = callerWorkspace.named(slug);
        access.requireAdmin(tenant);
        return tenant;
    }
}
