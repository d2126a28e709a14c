package com.careline.complaint.complaint;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.complaint.api.ComplaintSummary;
import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.complaint.ComplaintCommands.Acknowledge;
import com.careline.complaint.complaint.ComplaintCommands.ReopenComplaint;
import com.careline.complaint.complaint.ComplaintCommands.ReportProgress;
import com.careline.complaint.complaint.ComplaintCommands.ResolveComplaint;
import com.careline.complaint.complaint.ComplaintCommands.TransferComplaint;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import com.careline.platform.timeline.Timeline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Tag(name = "Complaints", description = "Find, follow and handle complaints")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class ComplaintResource {

    private final ComplaintService complaints;

    ComplaintResource(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER, Roles.DIVISION_MANAGER,
            Roles.GENERAL_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "List complaints with filters, paged; sort receivedAt|number|status[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page: a branch sees its own complaints and those "
            + "transferred to it, a department's staff what was transferred to their department")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<ComplaintSummary> list(@QueryParam("status") String status,
            @QueryParam("branch") @Size(max = 20) String branch, @QueryParam("major") String major,
            @QueryParam("overdue") String overdue, @QueryParam("category") String category,
            @QueryParam("waybill") @Size(max = 40) String waybill, @QueryParam("phone") @Size(max = 20) String phone,
            @QueryParam("owner") @Size(max = 100) String owner, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        var query = new ComplaintQuery(QueryParams.oneOf("status", status, ComplaintStatus.class), branch,
                QueryParams.bool("major", major), QueryParams.bool("overdue", overdue),
                QueryParams.oneOf("category", category, Category.class), waybill, phone, owner,
                QueryParams.date("from", from), QueryParams.date("to", to), null);
        return complaints.list(query, PageRequest.of(page, size, sort, ComplaintQuery.SORTABLE, "receivedAt,desc"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER, Roles.DIVISION_MANAGER,
            Roles.GENERAL_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "A complaint with its SLA clocks and escalation level")
    @APIResponse(responseCode = "200", description = "The complaint")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch (or not an id)")
    public ComplaintView get(@PathParam("id") UUID id) {
        return complaints.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER, Roles.DIVISION_MANAGER,
            Roles.GENERAL_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "Who changed what, and when, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    public List<Timeline.TimelineView> timeline(@PathParam("id") UUID id) {
        return complaints.timeline(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(summary = "Record the first response to the customer (stops the 1-hour clock); also once transferred")
    @APIResponse(responseCode = "200", description = "ACKNOWLEDGED, or still TRANSFERRED")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "The first response is recorded already, or the complaint is resolved")
    public ComplaintView acknowledge(@PathParam("id") UUID id, @Valid Acknowledge command) {
        return complaints.acknowledge(id, command == null ? new Acknowledge(null) : command);
    }

    @POST
    @Path("/{id}/major")
    @RolesAllowed({Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER})
    @Operation(summary = "Mark a complaint major after intake, with the reasons (starts the 30-minute hand-off clock)")
    @APIResponse(responseCode = "200", description = "Major, with the hand-off clock running")
    @APIResponse(responseCode = "400", description = "No reason, or no note")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Major already, or resolved or closed")
    public ComplaintView markMajor(@PathParam("id") UUID id, @Valid @NotNull ComplaintCommands.MarkMajor command) {
        return complaints.markMajor(id, command);
    }

    @POST
    @Path("/{id}/major-received")
    @RolesAllowed(Roles.HEAD_CLERK)
    @Operation(summary = "The head clerk (客户服务总文员) takes a major complaint (stops the 30-minute clock)")
    @APIResponse(responseCode = "200", description = "Taken")
    @APIResponse(responseCode = "403", description = "Only the head clerk takes it")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Not a major complaint, or taken already")
    public ComplaintView takeMajor(@PathParam("id") UUID id) {
        return complaints.takeMajor(id);
    }

    @POST
    @Path("/{id}/transfer")
    // the responsible department reports on, resolves, or passes on what was transferred to it (003, 000)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "Transfer to the responsible department (starts the 3-working-day progress clock)")
    @APIResponse(responseCode = "200", description = "TRANSFERRED")
    @APIResponse(responseCode = "400", description = "Unknown department, or BRANCH without departmentBranch")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Resolved or closed")
    public ComplaintView transfer(@PathParam("id") UUID id, @Valid @NotNull TransferComplaint command) {
        return complaints.transfer(id, command);
    }

    @POST
    @Path("/{id}/progress-reports")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "The progress report to the head clerk of a complaint not handled within 3 working days of "
            + "receipt, by whoever handles it (stops the progress clock; 003 (4))")
    @APIResponse(responseCode = "200", description = "Reported")
    @APIResponse(responseCode = "400", description = "Report missing or too long")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Resolved or closed")
    public ComplaintView reportProgress(@PathParam("id") UUID id, @Valid @NotNull ReportProgress command) {
        return complaints.reportProgress(id, command);
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "Record the handling told to the customer; the follow-up call comes next")
    @APIResponse(responseCode = "200", description = "RESOLVED")
    @APIResponse(responseCode = "400", description = "Resolution missing or too long")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Already resolved or closed")
    public ComplaintView resolve(@PathParam("id") UUID id, @Valid @NotNull ResolveComplaint command) {
        return complaints.resolve(id, command);
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "The customer came back: handle it again")
    @APIResponse(responseCode = "200", description = "REOPENED, with a fresh 7-day resolution clock")
    @APIResponse(responseCode = "400", description = "Reason missing")
    @APIResponse(responseCode = "404", description = "No such complaint in the caller's branch")
    @APIResponse(responseCode = "409", description = "Still open")
    public ComplaintView reopen(@PathParam("id") UUID id, @Valid @NotNull ReopenComplaint command) {
        return complaints.reopen(id, command);
    }
}
