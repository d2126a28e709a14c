package com.careline.reporting.kpi;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.security.Roles;
import com.careline.reporting.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/kpis")
@Tag(name = "KPIs", description = "Complaint volumes, response times, SLA attainment, escalations, satisfaction")
@RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
public class KpiResource {

    private final KpiReport report;
    private final CalendarConfig calendar;
    private final Clock clock;

    KpiResource(KpiReport report, CalendarConfig calendar, Clock clock) {
        this.report = report;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "KPIs of complaints received between two days (default: this month so far)")
    @APIResponse(responseCode = "200", description = "The KPIs; branch users see their branch")
    @APIResponse(responseCode = "400", description = "A date is not yyyy-MM-dd, or the period ends before it starts")
    @APIResponse(responseCode = "403", description = "Reports are for supervisors and up")
    @APIResponse(responseCode = "404", description = "Another branch than the caller's")
    public Kpis kpis(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("branch") String branch, @QueryParam("channel") String channel,
            @QueryParam("category") String category) {
        return report.compute(Period.of(from, to, clock, calendar.zone()), blankToNull(branch), blankToNull(channel),
                blankToNull(category));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
