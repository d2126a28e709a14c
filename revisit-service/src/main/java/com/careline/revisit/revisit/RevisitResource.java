package com.careline.revisit.revisit;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import com.careline.platform.timeline.Timeline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/revisits")
@Tag(name = "Revisits", description = "The call list and follow-up calls")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
public class RevisitResource {

    private final RevisitService revisits;

    RevisitResource(RevisitService revisits) {
        this.revisits = revisits;
    }

    @GET
    @Operation(summary = "The call list, paged: due=TODAY (due today or earlier) or OVERDUE (past the deadline); "
            + "sort dueOn|deadline|createdAt[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page; agents see their own branch only")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<RevisitSummary> list(@QueryParam("due") String due, @QueryParam("status") String status,
            @QueryParam("caseType") String caseType, @QueryParam("caseId") @Size(max = 64) String caseId,
            @QueryParam("branch") @Size(max = 20) String branch, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        var query = new RevisitQuery(QueryParams.oneOf("due", due, RevisitQuery.Due.class),
                QueryParams.oneOf("status", status, RevisitStatus.class),
                QueryParams.oneOf("caseType", caseType, CaseType.class), caseId, branch);
        return revisits.list(query, PageRequest.of(page, size, sort, RevisitQuery.SORTABLE, "dueOn"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A revisit with its calls, survey and SLA clock")
    @APIResponse(responseCode = "200", description = "The revisit")
    @APIResponse(responseCode = "404", description = "No such revisit in the caller's branch")
    public RevisitView get(@PathParam("id") UUID id) {
        return revisits.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Who did what on the revisit, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No such revisit in the caller's branch")
    public List<Timeline.TimelineView> timeline(@PathParam("id") UUID id) {
        return revisits.timeline(id);
    }
}
