package com.careline.reporting.desk.items;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import com.careline.reporting.desk.items.Audience.Viewer;
import com.careline.reporting.desk.items.WorkItem.Kind;
import com.careline.reporting.desk.items.WorkItem.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/desk/inbox")
@Tag(name = "Desk", description = "The work inbox, its live stream, and the people escalations reach")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER, Roles.DIVISION_MANAGER,
        Roles.GENERAL_MANAGER, Roles.DEPARTMENT})
public class InboxResource {

    private final InboxService inbox;
    private final CurrentUser user;

    InboxResource(InboxService inbox, CurrentUser user) {
        this.inbox = inbox;
        this.user = user;
    }

    @GET
    @Operation(summary = "The caller's work items, newest first: addressed to their roles in their branch, owned by "
            + "them, and (supervisor, CS manager) their branch's; open ones unless status says")
    @APIResponse(responseCode = "200", description = "A page of work items")
    @APIResponse(responseCode = "400", description = "kind, status, page or size is not acceptable")
    public Page<WorkItem> list(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return inbox.inbox(Viewer.of(user), QueryParams.oneOf("kind", kind, Kind.class),
                QueryParams.oneOf("status", status, Status.class),
                PageRequest.of(page, size, null, Set.of("raisedAt"), "raisedAt,desc"));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(summary = "Acknowledge a work item (who, when); its clock's ladder goes on until the clock is met")
    @APIResponse(responseCode = "200", description = "ACKNOWLEDGED")
    @APIResponse(responseCode = "404", description = "No such item, or not the caller's")
    @APIResponse(responseCode = "409", description = "Acknowledged already, or done")
    public WorkItem acknowledge(@PathParam("id") UUID id) {
        return inbox.acknowledge(id, Viewer.of(user));
    }
}
