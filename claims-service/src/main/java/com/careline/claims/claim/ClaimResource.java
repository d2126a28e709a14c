package com.careline.claims.claim;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.claims.api.ClaimSummary;
import com.careline.claims.api.ClaimView;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import com.careline.platform.timeline.Timeline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims")
@Tag(name = "Claims", description = "Find and follow claims")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
public class ClaimResource {

    private final ClaimService claims;

    ClaimResource(ClaimService claims) {
        this.claims = claims;
    }

    @GET
    @Operation(summary = "List claims with filters, paged; sort openedAt|number|status[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page; branch users see their own branch only")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<ClaimSummary> list(@QueryParam("status") String status, @QueryParam("stage") String stage,
            @QueryParam("type") String type, @QueryParam("branch") @Size(max = 20) String branch,
            @QueryParam("waybill") @Size(max = 40) String waybill, @QueryParam("overdue") String overdue,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        var query = new ClaimQuery(QueryParams.oneOf("status", status, ClaimStatus.class),
                QueryParams.oneOf("stage", stage, ClaimStage.class), QueryParams.oneOf("type", type, ClaimType.class),
                branch, waybill, QueryParams.bool("overdue", overdue), QueryParams.date("from", from),
                QueryParams.date("to", to));
        return claims.list(query, PageRequest.of(page, size, sort, ClaimQuery.SORTABLE, "openedAt,desc"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A claim with its stage, checklist, offer, payment, recovery and clocks")
    @APIResponse(responseCode = "200", description = "The claim")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch (or not an id)")
    public ClaimView get(@PathParam("id") UUID id) {
        return claims.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Who changed what, and when, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    public List<Timeline.TimelineView> timeline(@PathParam("id") UUID id) {
        return claims.timeline(id);
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Record the answer given to the claimant (stops the 1-day reply clock)")
    @APIResponse(responseCode = "200", description = "Replied")
    @APIResponse(responseCode = "400", description = "Note too long")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    public ClaimView reply(@PathParam("id") UUID id, @Valid Reply command) {
        return claims.reply(id, command == null ? null : command.note());
    }

    public record Reply(@Size(max = 2000) String note) {
    }
}
