package com.careline.complaint.intake;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.calendar.CalendarData;
import com.careline.platform.calendar.WorkingHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 003 line 57 over the shipped 2026 calendar: plain Java. */
class AfterHoursTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar DAYS = new BusinessCalendar(ZONE, WorkingHours.DEFAULT,
            CalendarData.loadClasspath(AfterHoursTest.class.getClassLoader(), "calendar/index.txt"));
    static final AfterHours RULE = new AfterHours(DAYS, true);

    @ParameterizedTest(name = "received {0}: clocks from {1}")
    @CsvSource({
            // within working hours: at once
            "2026-11-30T10:00, 2026-11-30T10:00",
            // before opening on a working day: that day's opening
            "2026-11-30T07:10, 2026-11-30T08:30",
            // after closing: the next working day's opening; on a Friday, Monday's
            "2026-11-30T18:00, 2026-12-01T08:30",
            "2026-11-27T20:00, 2026-11-30T08:30",
            // a Saturday night
            "2026-11-28T22:00, 2026-11-30T08:30",
            // National Day: 8 October is the first working day after it
            "2026-10-03T11:00, 2026-10-08T08:30"
    })
    void aComplaintNotJudgedUrgentOutsideWorkingHoursCountsFromTheNextOpening(String received, String from) {
        assertThat(RULE.clocksStartAt(at(received), false), is(at(from)));
    }

    @Test
    void anUrgentOneOrTheOtherReadingCountsFromReceipt() {
        assertThat(RULE.clocksStartAt(at("2026-11-28T22:00"), true), is(at("2026-11-28T22:00")));
        assertThat(new AfterHours(DAYS, false).clocksStartAt(at("2026-11-28T22:00"), false),
                is(at("2026-11-28T22:00")));
        assertThat(RULE.isAfterHours(at("2026-11-28T22:00")), is(true));
        assertThat(RULE.isAfterHours(at("2026-11-30T10:00")), is(false));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }
}
