package com.bitgraphs.web.operator;

import com.bitgraphs.privacy.boundary.PersonalDataRemoval;
import com.bitgraphs.tenant.boundary.Tenants;
import com.bitgraphs.tenant.entity.Tenant;
import com.bitgraphs.web.workspace.PersonalDataResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code DELETE /api/v1/operator/workspaces/{workspace}/people/{person}/personal-data}: the operator's way to
 * honour a removal request that reaches us rather than the workspace admin. Same effect as the workspace API.
 */
@Path("api/v1/operator/workspaces/{workspace}/people/{person}/personal-data")
@OperatorOnly
public class PersonalDataOperatorResource {

    @Inject
    Tenants tenants;

    @Inject
    PersonalDataRemoval removal;

    @DELETE
    public Response remove(@PathParam("workspace") String workspace, @PathParam("person") String person) {
        Tenant tenant = tenants.byWorkspaceSlug(workspace).orElseThrow(() -> new NotFoundException("No workspace " + workspace));
        return PersonalDataResource.remove(removal, tenant, person);
    }
}
