package com.careline.complaint.intake;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import com.careline.complaint.api.ComplaintView;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/complaints")
@Tag(name = "Intake", description = "Register complaints from every channel")
public class IntakeResource {

    private final IntakeService intake;

    IntakeResource(IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.BRANCH_SYSTEM})
    @Operation(summary = "Register a complaint; the caller becomes its owner")
    @APIResponse(responseCode = "201", description = "Registered, with its number and running clocks")
    @APIResponse(responseCode = "400", description = "Invalid form: problem+json naming each field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role may not register complaints")
    public RestResponse<ComplaintView> register(@Valid @NotNull RegisterComplaint form) {
        ComplaintView view = intake.register(form);
        return RestResponse.ResponseBuilder.<ComplaintView>created(URI.create("/api/complaints/" + view.id()))
                .entity(view).build();
    }
}
