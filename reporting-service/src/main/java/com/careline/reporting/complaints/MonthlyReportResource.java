package com.careline.reporting.complaints;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/complaints/monthly")
@Tag(name = "Monthly complaint analysis", description = "客户投诉分析月报: causes, Pareto, trend, repeat customers")
@RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
public class MonthlyReportResource {

    public static final String CSV = "text/csv";
    public static final String SVG = "image/svg+xml";

    private final MonthlyAnalyst analyst;
    private final CalendarConfig calendar;
    private final Clock clock;

    MonthlyReportResource(MonthlyAnalyst analyst, CalendarConfig calendar, Clock clock) {
        this.analyst = analyst;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, SVG})
    @Operation(summary = "The analysis of a month (default: last month), for a branch or all the caller sees")
    @APIResponse(responseCode = "200", description = "JSON by default; text/csv or image/svg+xml (Pareto and trend) by "
            + "Accept. In CSV a cell a spreadsheet would run as a formula (=, +, -, @ first) starts with an apostrophe")
    @APIResponse(responseCode = "400", description = "month is not yyyy-MM, or not between 1900-01 and 2999-12")
    @APIResponse(responseCode = "403", description = "Reports are for supervisors and up")
    @APIResponse(responseCode = "404", description = "No complaints were ever recorded for that branch")
    @APIResponse(responseCode = "406", description = "Accept is none of JSON, CSV, SVG")
    public Response report(@QueryParam("month") String month, @QueryParam("branch") String branch,
            @Context HttpHeaders headers) {
        MonthlyAnalysis analysis = analyst.analyse(month(month), blankToNull(branch));
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Response.ok(analysis, MediaType.APPLICATION_JSON_TYPE).build();
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return Response.ok(MonthlyCsv.render(analysis), CSV + ";charset=UTF-8").build();
            }
            if (accepted.isCompatible(MediaType.valueOf(SVG))) {
                return Response.ok(MonthlySvg.render(analysis), SVG).build();
            }
        }
        return Response.ok(analysis, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The month asked for, else last month: the report is read at the start of the next. */
    private YearMonth month(String value) {
        YearMonth month = QueryParams.month("month", value);
        return month != null ? month : YearMonth.now(clock.withZone(calendar.zone())).minusMonths(1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
