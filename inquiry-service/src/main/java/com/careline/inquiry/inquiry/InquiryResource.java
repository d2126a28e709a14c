package com.careline.inquiry.inquiry;

import java.net.URI;
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

import com.careline.inquiry.inquiry.InquiryCommands.AnswerInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.ArchiveInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.DispatchInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.RecordSatisfaction;
import com.careline.inquiry.inquiry.InquiryCommands.RegisterInquiry;
import com.careline.inquiry.inquiry.InquiryCommands.ReplyToCustomer;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import com.careline.platform.timeline.Timeline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/inquiries")
@Tag(name = "Inquiries", description = "Inquiries (业务咨询) and their work orders (工单)")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class InquiryResource {

    private final InquiryService inquiries;

    InquiryResource(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.BRANCH_SYSTEM})
    @Operation(summary = "Register an inquiry; the caller owns it. With an answer it is answered at once and closed")
    @APIResponse(responseCode = "201", description = "Registered (REGISTERED with running clocks, or CLOSED)")
    @APIResponse(responseCode = "400", description = "Invalid form: problem+json naming each field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role may not register inquiries")
    public RestResponse<InquiryView> register(@Valid @NotNull RegisterInquiry form) {
        InquiryView view = inquiries.register(form);
        return RestResponse.ResponseBuilder.<InquiryView>created(URI.create("/api/inquiries/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Operation(summary = "List inquiries and work orders, paged (lines without clocks: GET one for them); sort receivedAt|number|status[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page; agents see their own branch only")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<InquirySummary> list(@QueryParam("status") String status, @QueryParam("topic") String topic,
            @QueryParam("branch") @Size(max = 20) String branch, @QueryParam("queue") @Size(max = 60) String queue,
            @QueryParam("waybill") @Size(max = 40) String waybill, @QueryParam("proactive") String proactive,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        var query = new InquiryQuery(QueryParams.oneOf("status", status, InquiryStatus.class),
                QueryParams.oneOf("topic", topic, Topic.class), branch, queue, waybill,
                QueryParams.bool("proactive", proactive),
                QueryParams.date("from", from), QueryParams.date("to", to));
        return inquiries.list(query, PageRequest.of(page, size, sort, InquiryQuery.SORTABLE, "receivedAt,desc"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An inquiry with its work order and SLA clocks")
    @APIResponse(responseCode = "200", description = "The inquiry")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    public InquiryView get(@PathParam("id") UUID id) {
        return inquiries.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Who changed what, and when, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    public List<Timeline.TimelineView> timeline(@PathParam("id") UUID id) {
        return inquiries.timeline(id);
    }

    @POST
    @Path("/{id}/dispatch")
    @Operation(summary = "Dispatch a work order, routed by the rule table (or to the given department and queue)")
    @APIResponse(responseCode = "200", description = "DISPATCHED")
    @APIResponse(responseCode = "400", description = "Department without queue")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    @APIResponse(responseCode = "409", description = "Not REGISTERED")
    public InquiryView dispatch(@PathParam("id") UUID id, @Valid DispatchInquiry command) {
        return inquiries.dispatch(id, command);
    }

    @POST
    @Path("/{id}/answer")
    @Operation(summary = "Answer: at once by the receiver (closes it) or by the work order's handler")
    @APIResponse(responseCode = "200", description = "CLOSED (at once) or ANSWERED (work order)")
    @APIResponse(responseCode = "400", description = "Answer missing or too long")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    @APIResponse(responseCode = "409", description = "Already answered")
    public InquiryView answer(@PathParam("id") UUID id, @Valid @NotNull AnswerInquiry command) {
        return inquiries.answer(id, command);
    }

    @POST
    @Path("/{id}/reply")
    @Operation(summary = "The agent gave the handler's answer to the customer (stops the reply clock)")
    @APIResponse(responseCode = "200", description = "REPLIED")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    @APIResponse(responseCode = "409", description = "Not ANSWERED")
    public InquiryView reply(@PathParam("id") UUID id, @Valid ReplyToCustomer command) {
        return inquiries.reply(id, command);
    }

    @POST
    @Path("/{id}/satisfaction")
    @Operation(summary = "Record the survey; unsatisfied because of the company sends the work order back")
    @APIResponse(responseCode = "200", description = "SURVEYED, or DISPATCHED again")
    @APIResponse(responseCode = "400", description = "satisfied missing, or cause missing when not satisfied")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    @APIResponse(responseCode = "409", description = "Not replied or closed")
    public InquiryView satisfaction(@PathParam("id") UUID id, @Valid @NotNull RecordSatisfaction command) {
        return inquiries.recordSatisfaction(id, command);
    }

    @POST
    @Path("/{id}/archive")
    @Operation(summary = "Archive the inquiry (form, recording, survey); with a planned survey still without a "
            + "result, only with a reason (which cancels the survey)")
    @APIResponse(responseCode = "200", description = "ARCHIVED")
    @APIResponse(responseCode = "404", description = "No such inquiry in the caller's branch")
    @APIResponse(responseCode = "409", description = "Still open, or a survey is planned and no reason was given")
    public InquiryView archive(@PathParam("id") UUID id, @Valid ArchiveInquiry command) {
        return inquiries.archive(id, command == null ? null : command.reasonOrNull());
    }
}
