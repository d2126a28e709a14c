package com.careline.platform.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.calendar.CalendarData;
import com.careline.platform.calendar.WorkingHours;
import com.careline.platform.errors.Conflict;
import org.junit.jupiter.api.Test;

/** The clock's rules are plain Java: no database, no Quarkus. */
class SlaClockTest {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar(ZoneId.of("Asia/Shanghai"),
            WorkingHours.DEFAULT, CalendarData.loadClasspath(SlaClockTest.class.getClassLoader(), "calendar/index.txt"));
    private static final SlaPolicy HOUR = new SlaPolicy("response", Duration.ofHours(1), TimeBasis.CALENDAR, List.of(
            new SlaPolicy.Rung(Duration.ZERO, "SUPERVISOR"),
            new SlaPolicy.Rung(Duration.ofHours(1), "CS_MANAGER"),
            new SlaPolicy.Rung(Duration.ofHours(4), "DIVISION_MANAGER")));
    private static final SlaPolicy WORKING_DAY = new SlaPolicy("reply", Duration.ofDays(1), TimeBasis.WORKING,
            List.of(new SlaPolicy.Rung(Duration.ZERO, "SUPERVISOR")));
    /** Wednesday 30 September 2026, 10:00 in Shanghai: the day before the National Day holiday. */
    private static final Instant EVE_OF_NATIONAL_DAY = Instant.parse("2026-09-30T02:00:00Z");

    @Test
    void workingDayClockStartedBeforeNationalDayIsDueAfterTheHoliday() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", WORKING_DAY, CALENDAR, EVE_OF_NATIONAL_DAY);

        assertEquals(Instant.parse("2026-10-08T02:00:00Z"), clock.dueAt());
    }

    /** A follow-up window's clock: due when its case says, escalated up the policy's ladder from there. */
    @Test
    void aClockWhoseCaseSetsTheDueTimeKeepsItAndClimbsThePolicysLadder() {
        SlaPolicy window = new SlaPolicy("window", null, TimeBasis.WORKING, List.of(
                new SlaPolicy.Rung(Duration.ZERO, "SUPERVISOR"), new SlaPolicy.Rung(Duration.ofDays(1), "CS_MANAGER")));
        Instant due = Instant.parse("2026-09-30T09:30:00Z"); // 17:30, the closing of the eve of National Day

        SlaClock clock = SlaClock.startUntil("case-1", "corr", "SZ", window, CALENDAR, EVE_OF_NATIONAL_DAY, due);

        assertEquals(due, clock.dueAt());
        assertEquals(due, clock.nextEscalationAt());
        assertEquals(List.of(1), clock.escalate(due, window, CALENDAR));
        // one working day after the due time: the holiday is skipped
        assertEquals(Instant.parse("2026-10-08T09:30:00Z"), clock.nextEscalationAt());
        assertThrows(IllegalStateException.class, () -> SlaClock.start("case-2", "corr", "SZ", window, CALENDAR,
                EVE_OF_NATIONAL_DAY), "a policy without a duration cannot set the due time itself");
        assertThrows(IllegalArgumentException.class, () -> SlaClock.startUntil("case-3", "corr", "SZ", window,
                CALENDAR, due, EVE_OF_NATIONAL_DAY));
    }

    @Test
    void lateTickRaisesEachPassedRungOnceInOrder() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", HOUR, CALENDAR, EVE_OF_NATIONAL_DAY);

        List<Integer> raised = clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofHours(3)), HOUR, CALENDAR);
        List<Integer> again = clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofHours(3)), HOUR, CALENDAR);

        assertEquals(List.of(1, 2), raised);
        assertEquals(List.of(), again);
        assertEquals(SlaClockState.BREACHED, clock.state());
        assertEquals(EVE_OF_NATIONAL_DAY.plus(Duration.ofHours(5)), clock.nextEscalationAt());
    }

    @Test
    void nothingIsRaisedBeforeTheDueTime() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", HOUR, CALENDAR, EVE_OF_NATIONAL_DAY);

        assertEquals(List.of(), clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(59)), HOUR, CALENDAR));
        assertEquals(SlaClockState.RUNNING, clock.state());
    }

    @Test
    void resumedWorkingClockKeepsItsRemainingWorkingTime() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", WORKING_DAY, CALENDAR, EVE_OF_NATIONAL_DAY);

        clock.pause(EVE_OF_NATIONAL_DAY.plus(Duration.ofHours(2)), "waiting for documents");
        clock.resume(Instant.parse("2026-10-09T01:00:00Z"), WORKING_DAY, CALENDAR);

        // 7 working hours were left at 12:00 on 30 Sep (5.5 h that day, 1.5 h on 8 Oct); from Fri 9 Oct 09:00: 16:00
        assertEquals(Instant.parse("2026-10-09T08:00:00Z"), clock.dueAt());
        assertEquals(1, clock.pauses().size());
        assertEquals(SlaClockState.RUNNING, clock.state());
    }

    @Test
    void stoppingABreachedClockKeepsItBreachedAndEndsTheLadder() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", HOUR, CALENDAR, EVE_OF_NATIONAL_DAY);
        clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(61)), HOUR, CALENDAR);

        clock.stop(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(90)));

        assertEquals(SlaClockState.BREACHED, clock.state());
        assertNull(clock.nextEscalationAt());
        assertEquals(List.of(), clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofDays(1)), HOUR, CALENDAR));
    }

    @Test
    void clockStoppedLateRecordsByHowMuch() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", HOUR, CALENDAR, EVE_OF_NATIONAL_DAY);
        clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(61)), HOUR, CALENDAR);

        clock.stop(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(85)));

        assertEquals(Duration.ofMinutes(25), clock.lateBy());
    }

    @Test
    void restartedClockCountsAfreshFromTheBottomOfTheLadder() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", HOUR, CALENDAR, EVE_OF_NATIONAL_DAY);
        clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofHours(3)), HOUR, CALENDAR);
        Instant reopened = EVE_OF_NATIONAL_DAY.plus(Duration.ofDays(1));

        clock.restart(reopened, HOUR, CALENDAR);

        assertEquals(SlaClockState.RUNNING, clock.state());
        assertEquals(0, clock.level());
        assertEquals(reopened.plus(Duration.ofHours(1)), clock.dueAt());
        assertEquals(List.of(1), clock.escalate(reopened.plus(Duration.ofMinutes(61)), HOUR, CALENDAR));
    }

    @Test
    void breachedClockCannotBePaused() {
        SlaClock clock = SlaClock.start("case-1", "corr", "SZ", HOUR, CALENDAR, EVE_OF_NATIONAL_DAY);
        clock.escalate(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(61)), HOUR, CALENDAR);

        assertThrows(Conflict.class, () -> clock.pause(EVE_OF_NATIONAL_DAY.plus(Duration.ofMinutes(62)), "late"));
    }

    @Test
    void ladderRungsMustClimb() {
        var rungs = List.of(new SlaPolicy.Rung(Duration.ofHours(1), "A"), new SlaPolicy.Rung(Duration.ofHours(1), "B"));

        assertThrows(IllegalArgumentException.class,
                () -> new SlaPolicy("bad", Duration.ofHours(1), TimeBasis.CALENDAR, rungs));
    }
}
