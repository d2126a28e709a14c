package com.careline.complaint.compensation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.compensation.CompensationCommands.DecideCompensation;
import com.careline.complaint.compensation.CompensationCommands.ProposeCompensation;
import com.careline.complaint.compensation.CompensationCommands.RejectCompensation;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints/{id}/compensation")
@Tag(name = "Compensation", description = "Offer compensation; on a major complaint or above the threshold the"
        + " division manager signs off, or someone they authorised")
public class CompensationResource {

    private final CompensationService compensation;

    CompensationResource(CompensationService compensation) {
        this.compensation = compensation;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Propose an amount with its justification")
    @APIResponse(responseCode = "200", description = "AGREED within the threshold, else (and always on a major"
            + " complaint) PENDING_APPROVAL")
    @APIResponse(responseCode = "400", description = "Amount missing, not positive, absurd or with more than 2 decimals")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Closed or resolved, or an offer still waits for sign-off")
    public ComplaintView propose(@PathParam("id") UUID id, @Valid @NotNull ProposeCompensation command) {
        return compensation.propose(id, command);
    }

    @POST
    @Path("/approve")
    @RolesAllowed({Roles.DIVISION_MANAGER, Roles.CS_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Sign off the pending offer (the division manager, or someone they authorised up to its amount)")
    @APIResponse(responseCode = "200", description = "APPROVED")
    @APIResponse(responseCode = "403", description = "Not the division manager, nor authorised for the amount")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "No offer waits for sign-off")
    public ComplaintView approve(@PathParam("id") UUID id, @Valid DecideCompensation command) {
        return compensation.approve(id, command == null ? null : command.note());
    }

    @POST
    @Path("/reject")
    @RolesAllowed({Roles.DIVISION_MANAGER, Roles.CS_MANAGER, Roles.SUPERVISOR})
    @Operation(summary = "Reject the pending offer, with the reason (whoever may sign it off)")
    @APIResponse(responseCode = "200", description = "REJECTED; a new offer may be proposed")
    @APIResponse(responseCode = "400", description = "Reason missing")
    @APIResponse(responseCode = "403", description = "Not the division manager, nor authorised for the amount")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "No offer waits for sign-off")
    public ComplaintView reject(@PathParam("id") UUID id, @Valid @NotNull RejectCompensation command) {
        return compensation.reject(id, command.reason());
    }
}
