package com.careline.reporting.complaints;

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

@Path("/api/reports/complaints/registered")
@Tag(name = "Complaint counts", description = "Complaints registered per branch")
public class RegistrationResource {

    private final RegistrationReport report;
    private final CalendarConfig calendar;
    private final Clock clock;

    RegistrationResource(RegistrationReport report, CalendarConfig calendar, Clock clock) {
        this.report = report;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
    @Operation(summary = "Complaints registered between two days (default: the current month), per branch")
    @APIResponse(responseCode = "200", description = "The counts; supervisors of a branch see their branch only")
    @APIResponse(responseCode = "400", description = "A date is not ISO-8601 (yyyy-MM-dd), or the period ends before it starts")
    @APIResponse(responseCode = "403", description = "Reports are for supervisors and up")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public RegistrationCount count(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("branch") @Size(max = 20) String branch) {
        return report.count(Period.of(from, to, clock, calendar.zone()), branch);
    }
}
