package com.careline.complaint.complaint;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.complaint.api.ComplaintView;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Tag(name = "Complaints", description = "Find and follow complaints")
public class ComplaintResource {

    private final ComplaintService complaints;

    ComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
    @Operation(summary = "A complaint with its SLA clocks")
    @APIResponse(responseCode = "200", description = "The complaint")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch (or not an id)")
    public ComplaintView get(@PathParam("id") UUID id) {
        return complaints.get(id);
    }
}
