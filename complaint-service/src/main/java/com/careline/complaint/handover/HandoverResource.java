package com.careline.complaint.handover;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.complaint.ComplaintCommands.ChangeOwner;
import com.careline.complaint.complaint.ComplaintCommands.ShiftHandover;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Tag(name = "Hand-over", description = "Change owners, one case or a whole shift")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class HandoverResource {

    private final HandoverService handover;

    HandoverResource(HandoverService handover) {
        this.handover = handover;
    }

    @POST
    @Path("/{id}/owner")
    @Operation(summary = "Hand one complaint over to another owner, with a reason")
    @APIResponse(responseCode = "200", description = "Handed over; on the timeline and published")
    @APIResponse(responseCode = "400", description = "Owner or reason missing")
    @APIResponse(responseCode = "403", description = "An agent may hand over only their own cases")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "A closed complaint has no owner to change")
    public ComplaintView changeOwner(@PathParam("id") UUID id, @Valid @NotNull ChangeOwner command) {
        return handover.changeOwner(id, command);
    }

    @POST
    @Path("/shift-handover")
    @Operation(summary = "Hand every open complaint of one agent to another (交接班)")
    @APIResponse(responseCode = "200", description = "How many were handed over, and their numbers")
    @APIResponse(responseCode = "400", description = "from, to or reason missing")
    @APIResponse(responseCode = "403", description = "An agent may hand over only their own cases")
    @APIResponse(responseCode = "409", description = "from and to are the same agent")
    public HandoverService.ShiftHandoverResult shiftHandover(@Valid @NotNull ShiftHandover command) {
        return handover.shiftHandover(command);
    }
}
