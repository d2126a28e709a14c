package com.careline.revisit.complaint;

import static com.careline.revisit.RevisitFixtures.at;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.calendar.CalendarData;
import com.careline.platform.calendar.WorkingHours;
import com.careline.platform.sla.TimeBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window is calendar arithmetic only: the shipped 2026 holiday notice, no Quarkus needed. */
class FollowUpWindowTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar DAYS = new BusinessCalendar(ZONE, WorkingHours.DEFAULT,
            CalendarData.loadClasspath(FollowUpWindowTest.class.getClassLoader(), "calendar/index.txt"));
    static final FollowUpWindow WINDOW = new FollowUpWindow(DAYS, TimeBasis.CALENDAR, 5, 7);
    static final FollowUpWindow IN_WORKING_DAYS = new FollowUpWindow(DAYS, TimeBasis.WORKING, 5, 7);

    /** 003 line 81: calendar days 5 to 7; the call takes their working days, or the next one after them. */
    @ParameterizedTest(name = "received {0}: call from {1} to {2}")
    @CsvSource({
            // a Monday: Saturday to Monday, of which Monday is worked
            "2026-11-02T10:00, 2026-11-09, 2026-11-09",
            // a Friday: the next Wednesday to Friday
            "2026-11-06T16:00, 2026-11-11, 2026-11-13",
            // a Saturday: Thursday to Saturday, the Saturday off
            "2026-11-07T11:00, 2026-11-12, 2026-11-13",
            // 4-6 October are all National Day: the next working day, 8 October
            "2026-09-29T10:00, 2026-10-08, 2026-10-08",
            // 23-25 September, 25 September the first day of Mid-Autumn
            "2026-09-18T09:00, 2026-09-23, 2026-09-24",
            // 5-7 January, after the New Year days off
            "2025-12-31T15:00, 2026-01-05, 2026-01-07"
    })
    void windowRunsOverCalendarDaysFiveToSevenOnTheirWorkingDays(String received, LocalDate first, LocalDate last) {
        assertOnTime(WINDOW.plan(at(received), at(received).plusSeconds(3600)), first, last);
    }

    /** The other reading, configured (window-basis=WORKING): working days 5 to 7. */
    @ParameterizedTest(name = "received {0}: call from {1} to {2}")
    @CsvSource({
            // an ordinary week: Monday -> the next Monday to Wednesday
            "2026-11-02T10:00, 2026-11-09, 2026-11-11",
            // received on a Friday, and on the Saturday after: the weekend counts for nothing
            "2026-11-06T16:00, 2026-11-13, 2026-11-17",
            "2026-11-07T11:00, 2026-11-13, 2026-11-17",
            // just before National Day: 30 Sep, 8, 9 Oct, make-up Saturday 10 Oct, then 12-14 Oct
            "2026-09-29T10:00, 2026-10-12, 2026-10-14",
            // Mid-Autumn (25-27 Sep) and the make-up Sunday 20 Sep inside the count
            "2026-09-18T09:00, 2026-09-24, 2026-09-29",
            // New Year: 1-3 Jan off, Sunday 4 Jan worked
            "2025-12-31T15:00, 2026-01-08, 2026-01-12"
    })
    void inWorkingDaysTheWindowRunsFromWorkingDayFiveToWorkingDaySeven(String received, LocalDate first,
            LocalDate last) {
        assertOnTime(IN_WORKING_DAYS.plan(at(received), at(received).plusSeconds(3600)), first, last);
    }

    /** A call planned on the window's first working day, the window open from its opening to its closing. */
    private static void assertOnTime(FollowUpWindow.Plan plan, LocalDate first, LocalDate last) {
        assertThat(plan.dueOn(), is(first));
        assertThat(plan.windowOpens(), is(at(first + "T08:30")));
        assertThat(plan.windowCloses(), is(at(last + "T17:30")));
        assertThat(plan.clockStartsAt(), is(plan.windowOpens()));
        assertThat(plan.late(), is(false));
        assertThat(plan.lateReason(), nullValue());
    }

    @ParameterizedTest(name = "resolved {0}: due {1}")
    @CsvSource({
            // received Friday 6 November, window 11-13 November: on the day itself while it is open, else the next
            "2026-11-12T11:00, 2026-11-12",
            "2026-11-12T18:00, 2026-11-13",
            "2026-11-13T17:29, 2026-11-13"
    })
    void resolvedInsideTheWindowIsCalledWithinIt(String resolved, LocalDate due) {
        var plan = WINDOW.plan(at("2026-11-06T16:00"), at(resolved));

        assertThat(plan.dueOn(), is(due));
        assertThat(plan.late(), is(false));
        assertThat(plan.windowCloses(), is(at("2026-11-13T17:30")));
    }

    @ParameterizedTest(name = "resolved {0}: late, due {1}")
    @CsvSource({
            // received Friday 6 November, window 11-13 November; resolved at its closing: Monday
            "2026-11-13T17:30, 2026-11-16",
            "2026-11-16T10:00, 2026-11-17",
            // resolved on a Friday: Monday
            "2026-11-20T10:00, 2026-11-23",
            // resolved on the last day before National Day: after the holiday
            "2026-09-30T10:00, 2026-10-08"
    })
    void resolvedAfterTheWindowIsCalledTheNextWorkingDayAndSaysSo(String resolved, LocalDate due) {
        var received = resolved.startsWith("2026-09") ? "2026-09-18T09:00" : "2026-11-06T16:00";

        var plan = WINDOW.plan(at(received), at(resolved));

        assertThat(plan.late(), is(true));
        assertThat(plan.dueOn(), is(due));
        assertThat(plan.clockStartsAt(), is(at(due + "T08:30")));
        assertThat(plan.lateReason(), containsString("after the day 5–7 window"));
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new FollowUpWindow(DAYS, TimeBasis.CALENDAR, 7, 5));
    }

    @Test
    void retryDayIsTheNextWorkingDay() {
        assertThat(DAYS.nextWorkingDay(LocalDate.parse("2026-09-30")), is(LocalDate.parse("2026-10-08")));
        assertThat(DAYS.nextWorkingDay(LocalDate.parse("2026-10-09")), is(LocalDate.parse("2026-10-10")));
        assertThat(DAYS.nextWorkingDay(LocalDate.parse("2026-11-27")), is(LocalDate.parse("2026-11-30")));
    }
}
