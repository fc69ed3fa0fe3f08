package com.bitgraphs.web.workspace;

import com.bitgraphs.privacy.boundary.PersonalDataRemoval;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.connect.ConnectJwt;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code DELETE /api/v1/workspaces/{workspace}/people/{person}/personal-data}: a workspace admin (an admin API
 * token, or a workspace owner) removes one person's personal data (204; 404 for a person the workspace does not
 * have). Idempotent.
 */
@Path("api/v1/workspaces/{workspace}/people/{person}/personal-data")
@ConnectJwt(allowContextToken = true)
public class PersonalDataResource {

    @Inject
    CallerWorkspace callerWorkspace;

    @Inject
    CallerAccess access;

    @Inject
    PersonalDataRemoval removal;

    @DELETE
    public Response remove(@PathParam("workspace") String slug, @PathParam("person") String person) {
        Tenant tenant = callerWorkspace.named(slug);
        access.requireAdmin(tenant);
        return remove(removal, tenant, person);
    }

    /** Shared with the operator's variant. */
    public static Response remove(PersonalDataRemoval removal, Tenant tenant, String person) {
        long id;
        try {
            id = Long.parseLong(person);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No person " + person);
        }
        if (removal.remove(tenant.id(), id) == 0) {
            throw new NotFoundException("No person " + person);
        }
        return Response.noContent().build();
    }
}
