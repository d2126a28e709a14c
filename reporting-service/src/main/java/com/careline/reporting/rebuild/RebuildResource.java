package com.careline.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/reports/rebuild")
@Tag(name = "Operations", description = "Rebuild the read models from the topics")
@RolesAllowed(Roles.OPS)
public class RebuildResource {

    private final Rebuild rebuild;
    private final CurrentUser user;

    RebuildResource(Rebuild rebuild, CurrentUser user) {
        this.rebuild = rebuild;
        this.user = user;
    }

    @POST
    @ResponseStatus(202)
    @Operation(summary = "Rebuild the read models into fresh tables from the beginning of every consumed topic;"
            + " the live ones keep serving until the new ones are caught up and swapped in (ops only)")
    @APIResponse(responseCode = "202", description = "Run started; follow it with GET")
    @APIResponse(responseCode = "403", description = "Operations staff only")
    @APIResponse(responseCode = "409", description = "A run is going on, or the topics no longer hold the history")
    public RebuildRun start() {
        return rebuild.start(user.id());
    }

    @GET
    @Operation(summary = "The latest run: RUNNING (with the pod filling it and its lag), DONE, CANCELLED or FAILED")
    @APIResponse(responseCode = "404", description = "No rebuild was ever run")
    public RebuildRun latest() {
        return rebuild.latest();
    }

    @DELETE
    @Operation(summary = "Cancel the running run: its tables are dropped, the live ones stay")
    @APIResponse(responseCode = "409", description = "No run is going on")
    public RebuildRun cancel() {
        return rebuild.cancel(user.id());
    }
}
