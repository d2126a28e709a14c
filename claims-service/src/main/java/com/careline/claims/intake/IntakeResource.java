package com.careline.claims.intake;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.claims.api.ClaimView;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/claims")
@Tag(name = "Intake", description = "Open claims and state their particulars")
public class IntakeResource {

    private final IntakeService intake;

    IntakeResource(IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Open a claim; the caller's branch owns it until its documents are complete")
    @APIResponse(responseCode = "201", description = "Opened, stage BRANCH, with its checklist and reply clock")
    @APIResponse(responseCode = "400", description = "Invalid claim: problem+json naming each field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role may not open claims")
    public RestResponse<ClaimView> open(@Valid @NotNull OpenClaim form) {
        ClaimView view = intake.open(form);
        return RestResponse.ResponseBuilder.<ClaimView>created(URI.create("/api/claims/" + view.id()))
                .entity(view).build();
    }

    @POST
    @Path("/{id}/particulars")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "State or correct the claimant and amounts (e.g. of a claim opened from a shipment exception)")
    @APIResponse(responseCode = "200", description = "The claim with its new particulars")
    @APIResponse(responseCode = "400", description = "Invalid particulars: problem+json naming each field")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "Already assessed")
    public ClaimView restate(@PathParam("id") UUID id, @Valid @NotNull RestateClaim form) {
        return intake.restate(id, form);
    }
}
