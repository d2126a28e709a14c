package com.careline.inquiry.tracking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/waybills")
@Tag(name = "Tracking", description = "Waybill tracking built from the branches' scan events (查单)")
public class TrackingResource {

    private final TrackingService tracking;

    TrackingResource(TrackingService tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("/{no}/tracking")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER,
            Roles.OPS})
    @Operation(summary = "Scans in time order, current stage, promised and fully-delayed times, delay state")
    @APIResponse(responseCode = "200", description = "The waybill's tracking")
    @APIResponse(responseCode = "400", description = "Not a waybill number")
    @APIResponse(responseCode = "404", description = "No scan of this waybill received")
    public TrackingView tracking(@PathParam("no") @Size(max = 40)
            @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be letters, digits or -") String no) {
        return tracking.tracking(no);
    }
}
