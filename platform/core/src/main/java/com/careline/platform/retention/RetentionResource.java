package com.careline.platform.retention;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.errors.NotFound;
import com.careline.platform.ops.Reason;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Legal holds, and a retention run on demand. */
@Path("/api/ops/retention")
@Tag(name = "Operations", description = "Parked events, held outbox rows, quarantined SLA clocks, retention and legal holds")
@ApplicationScoped
public class RetentionResource {

    private final Retention retention;
    private final LegalHolds holds;
    private final CurrentUser user;

    RetentionResource(Retention retention, LegalHolds holds, CurrentUser user) {
        this.retention = retention;
        this.holds = holds;
        this.user = user;
    }

    @POST
    @Path("/run")
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Erase now the personal data of cases closed longer ago than the retention")
    @APIResponse(responseCode = "200", description = "What was erased")
    public Retention.Summary run() {
        Retention.Summary summary = retention.run();
        Log.infof("retention run by %s: %s", user.id(), summary);
        return summary;
    }

    @GET
    @Path("/legal-holds")
    @RolesAllowed({Roles.OPS, Roles.GENERAL_MANAGER})
    @Operation(summary = "Cases on legal hold, latest first (at most 500)")
    @APIResponse(responseCode = "200", description = "The holds")
    public List<LegalHolds.Hold> holds() {
        return holds.list(500);
    }

    @PUT
    @Path("/legal-holds/{caseId}")
    @RolesAllowed({Roles.OPS, Roles.GENERAL_MANAGER})
    @Operation(summary = "Keep a case's personal data past the retention, with the reason")
    @APIResponse(responseCode = "200", description = "Held")
    @APIResponse(responseCode = "400", description = "No reason given, or not a case id")
    public LegalHolds.Hold hold(@PathParam("caseId") @Pattern(regexp = "[0-9A-Za-z-]{1,64}") String caseId,
            @Valid @NotNull Reason body) {
        LegalHolds.Hold hold = holds.hold(caseId, body.reason().strip(), user.id());
        Log.infof("legal hold on case %s by %s: %s", caseId, user.id(), body.reason());
        return hold;
    }

    @DELETE
    @Path("/legal-holds/{caseId}")
    @RolesAllowed({Roles.OPS, Roles.GENERAL_MANAGER})
    @Operation(summary = "Lift a legal hold; the next run erases the case if its retention is over")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "404", description = "The case is not on hold")
    public void release(@PathParam("caseId") String caseId) {
        if (!holds.release(caseId)) {
            throw new NotFound("legal hold", caseId);
        }
        Log.infof("legal hold on case %s lifted by %s", caseId, user.id());
    }
}
