package com.careline.revisit.call;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.security.Roles;
import com.careline.revisit.revisit.RevisitView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/revisits/{id}/decision")
@Tag(name = "Revisits", description = "The call list and follow-up calls")
public class DecisionResource {

    private final FollowUpDecisions decisions;

    DecisionResource(FollowUpDecisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Decide on a follow-up whose last call failed (AWAITING_DECISION): RETRY from retryOn, "
            + "or CLOSE_UNREACHABLE, which closes the complaint without a satisfied call")
    @APIResponse(responseCode = "200", description = "The revisit after the decision")
    @APIResponse(responseCode = "400", description = "No reason, a retry day in the past or not a working day")
    @APIResponse(responseCode = "403", description = "Only supervisors and customer-service managers decide")
    @APIResponse(responseCode = "404", description = "No such revisit in the caller's branch")
    @APIResponse(responseCode = "409", description = "The revisit is not waiting for a decision")
    public RevisitView decide(@PathParam("id") UUID id, @Valid @NotNull DecideFollowUp decision) {
        return decisions.decide(id, decision);
    }
}
