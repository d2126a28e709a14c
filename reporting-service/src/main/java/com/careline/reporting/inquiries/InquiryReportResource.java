package com.careline.reporting.inquiries;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.security.Roles;
import com.careline.reporting.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/inquiries")
@Tag(name = "Inquiries", description = "Inquiry volumes and reply times, shipment delays and exceptions")
@RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
public class InquiryReportResource {

    private final InquiryReport report;
    private final CalendarConfig calendar;
    private final Clock clock;

    InquiryReportResource(InquiryReport report, CalendarConfig calendar, Clock clock) {
        this.report = report;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Inquiries received between two days (default: this month so far), with shipment delays")
    @APIResponse(responseCode = "200", description = "The figures; branch users see their branch")
    @APIResponse(responseCode = "400", description = "A date is not yyyy-MM-dd, or the period ends before it starts")
    @APIResponse(responseCode = "403", description = "Reports are for supervisors and up")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public InquiryFigures inquiries(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("branch") @Size(max = 20) String branch) {
        return report.figures(Period.of(from, to, clock, calendar.zone()), branch);
    }
}
