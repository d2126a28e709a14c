package com.careline.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/reports/rebuild")
@Tag(name = "Operations", description = "Rebuild the read models from the topics")
public class RebuildResource {

    private final Rebuild rebuild;

    RebuildResource(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @ResponseStatus(202)
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Empty the read models and replay every consumed topic from its beginning (ops only)")
    @APIResponse(responseCode = "202", description = "Replay started; the figures fill up again as events are read")
    @APIResponse(responseCode = "403", description = "Operations staff only")
    public Rebuild.RebuildStarted rebuild() {
        return rebuild.start();
    }
}
