package com.careline.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows which years the holiday data covers. A missing year does not take the service out of rotation
 * (deadlines still work, weekends only) but is visible here: each year's notice comes out in November.
 */
@Readiness
@ApplicationScoped
public class CalendarHealth implements HealthCheck {

    private final BusinessCalendar calendar;
    private final Clock clock;

    CalendarHealth(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        int year = LocalDate.now(clock.withZone(calendar.zone())).getYear();
        var response = HealthCheckResponse.named("business-calendar").up()
                .withData("coveredYears", new TreeSet<>(calendar.coveredYears()).toString()) // in order, whatever the set
                .withData("currentYearCovered", calendar.covers(year))
                .withData("nextYearCovered", calendar.covers(year + 1));
        if (!calendar.uncoveredYearsSeen().isEmpty()) {
            response.withData("deadlinesComputedWithoutHolidayData",
                    new TreeSet<>(calendar.uncoveredYearsSeen()).toString());
        }
        return response.build();
    }
}
