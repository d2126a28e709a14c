package com.careline.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** What the readiness detail tells ops about the holiday data, asserted value by value. */
class CalendarHealthTest {

    private final BusinessCalendar calendar = new BusinessCalendar(ZoneId.of("Asia/Shanghai"), WorkingHours.DEFAULT,
            CalendarData.loadClasspath(CalendarHealthTest.class.getClassLoader(), "calendar/index.txt"));

    private Map<String, Object> data(String now) {
        HealthCheckResponse response = new CalendarHealth(calendar, Clock.fixed(Instant.parse(now), ZoneOffset.UTC))
                .call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus(), "a missing year warns, it never fails");
        return response.getData().orElseThrow();
    }

    @Test
    void inDecember2026NextYearsNoticeIsMissing() {
        Map<String, Object> data = data("2026-12-01T02:00:00Z");

        assertEquals("[2025, 2026]", data.get("coveredYears"));
        assertEquals(true, data.get("currentYearCovered"));
        assertEquals(false, data.get("nextYearCovered"));
        assertEquals(null, data.get("deadlinesComputedWithoutHolidayData"));
    }

    @Test
    void theYearIsTheCalendarZonesNotUtcs() {
        // 31 December 2025, 17:00 UTC is already 1 January 2026 in Shanghai: 2027 is "next year"
        Map<String, Object> data = data("2025-12-31T17:00:00Z");

        assertEquals(true, data.get("currentYearCovered"));
        assertEquals(false, data.get("nextYearCovered"));
    }

    @Test
    void aDeadlineComputedInAYearWithoutDataIsNamed() {
        calendar.plusWorking(Instant.parse("2027-03-01T02:00:00Z"), Duration.ofDays(1));

        assertEquals("[2027]", data("2026-12-01T02:00:00Z").get("deadlinesComputedWithoutHolidayData"));
    }
}
