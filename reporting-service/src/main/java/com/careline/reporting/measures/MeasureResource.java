package com.careline.reporting.measures;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import com.careline.reporting.measures.MeasureCommands.Decide;
import com.careline.reporting.measures.MeasureCommands.MeasureView;
import com.careline.reporting.measures.MeasureCommands.Progress;
import com.careline.reporting.measures.MeasureCommands.ProposeMeasure;
import com.careline.reporting.measures.MeasureCommands.ReviseMeasure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/reports/preventive-measures")
@Tag(name = "Preventive measures", description = "Measures against frequent causes; the general manager approves")
@RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
public class MeasureResource {

    private final MeasureService measures;

    MeasureResource(MeasureService measures) {
        this.measures = measures;
    }

    @GET
    @Operation(summary = "Measures, optionally of one month (yyyy-MM) and cause")
    @APIResponse(responseCode = "200", description = "The measures")
    @APIResponse(responseCode = "400", description = "month is not yyyy-MM")
    public List<MeasureView> list(@QueryParam("month") String month, @QueryParam("cause") String cause) {
        return measures.list(QueryParams.month("month", month), cause == null || cause.isBlank() ? null : cause);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One measure")
    @APIResponse(responseCode = "200", description = "The measure")
    @APIResponse(responseCode = "404", description = "No such measure")
    public MeasureView get(@PathParam("id") UUID id) {
        return measures.get(id);
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Propose a measure against a cause of a month")
    @APIResponse(responseCode = "201", description = "PROPOSED")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    public MeasureView propose(@Valid @NotNull ProposeMeasure command) {
        return measures.propose(command);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Revise a measure that is still PROPOSED")
    @APIResponse(responseCode = "200", description = "Revised")
    @APIResponse(responseCode = "404", description = "No such measure")
    @APIResponse(responseCode = "409", description = "Already decided")
    public MeasureView revise(@PathParam("id") UUID id, @Valid @NotNull ReviseMeasure command) {
        return measures.revise(id, command);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.GENERAL_MANAGER)
    @Operation(summary = "Approve (general manager only)")
    @APIResponse(responseCode = "200", description = "APPROVED")
    @APIResponse(responseCode = "403", description = "Only the general manager approves")
    @APIResponse(responseCode = "409", description = "Already decided")
    public MeasureView approve(@PathParam("id") UUID id, @Valid Decide command) {
        return measures.decide(id, true, command == null ? null : command.note());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.GENERAL_MANAGER)
    @Operation(summary = "Reject (general manager only)")
    @APIResponse(responseCode = "200", description = "REJECTED")
    @APIResponse(responseCode = "403", description = "Only the general manager rejects")
    @APIResponse(responseCode = "409", description = "Already decided")
    public MeasureView reject(@PathParam("id") UUID id, @Valid Decide command) {
        return measures.decide(id, false, command == null ? null : command.note());
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Carry out an approved measure: IN_PROGRESS, then DONE")
    @APIResponse(responseCode = "200", description = "The new status")
    @APIResponse(responseCode = "409", description = "Not approved yet, or already done")
    public MeasureView progress(@PathParam("id") UUID id, @Valid @NotNull Progress command) {
        return measures.progress(id, command.status());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Withdraw a measure that is still PROPOSED")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already decided")
    public void delete(@PathParam("id") UUID id) {
        measures.delete(id);
    }
}
