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

@Path("/api/revisits/{id}/attempts")
@Tag(name = "Revisits", description = "The call list and follow-up calls")
public class CallResource {

    private final CallService calls;

    CallResource(CallService calls) {
        this.calls = calls;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Record a call: NOT_REACHED (retry next working day, then UNREACHABLE) or REACHED with "
            + "the RATER survey (completes the revisit)")
    @APIResponse(responseCode = "200", description = "The revisit after the call")
    @APIResponse(responseCode = "400", description = "A score outside 1–5, a REACHED call without its survey, "
            + "or a survey on a NOT_REACHED call")
    @APIResponse(responseCode = "404", description = "No such revisit in the caller's branch")
    @APIResponse(responseCode = "409", description = "The revisit is completed, unreachable or cancelled, "
            + "or was changed at the same time")
    public RevisitView record(@PathParam("id") UUID id, @Valid @NotNull RecordAttempt call) {
        return calls.record(id, call);
    }
}
