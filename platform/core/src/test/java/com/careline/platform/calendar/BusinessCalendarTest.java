package com.careline.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain unit test over the shipped calendar files: the arithmetic is pure, no Quarkus needed. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final CalendarData SHIPPED =
            CalendarData.loadClasspath(BusinessCalendarTest.class.getClassLoader(), "calendar/index.txt");

    private final BusinessCalendar calendar = new BusinessCalendar(SHANGHAI, WorkingHours.DEFAULT, SHIPPED);

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(textBlock = """
            2026-03-02T10:00, P1D,   2026-03-03T10:00
            2026-03-02T10:00, PT9H,  2026-03-03T10:00
            2026-03-06T20:00, P1D,   2026-03-09T17:30
            2026-03-06T16:30, PT2H,  2026-03-09T09:30
            2026-03-06T17:30, PT30M, 2026-03-09T09:00
            2026-03-06T10:00, P3D,   2026-03-11T10:00
            2026-09-30T10:00, P1D,   2026-10-08T10:00
            2026-09-30T10:00, P2D,   2026-10-09T10:00
            2026-10-09T10:00, P1D,   2026-10-10T10:00
            2026-10-10T10:00, P1D,   2026-10-12T10:00
            2026-09-18T10:00, P1D,   2026-09-20T10:00
            2026-09-19T10:00, PT1H,  2026-09-20T09:30
            2026-09-24T10:00, P1D,   2026-09-28T10:00
            2026-02-13T10:00, P1D,   2026-02-14T10:00
            2026-02-14T10:00, P1D,   2026-02-24T10:00
            2026-02-27T10:00, P1D,   2026-02-28T10:00
            2025-01-24T10:00, P1D,   2025-01-26T10:00
            2025-01-27T10:00, P1D,   2025-02-05T10:00
            2025-02-07T10:00, P1D,   2025-02-08T10:00
            2025-09-30T10:00, P1D,   2025-10-09T10:00
            2025-12-31T10:00, P1D,   2026-01-04T10:00
            """)
    void addsWorkingDaysAcrossWeekendsHolidaysAndMakeUpDays(LocalDateTime start, Duration duration, LocalDateTime expected) {
        var from = at(start);

        var end = calendar.plusWorking(from, duration);

        assertEquals(at(expected), end);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(textBlock = """
            2026-03-02T07:00,    PT1H,  2026-03-02T09:30
            2026-03-02T08:30,    PT1H,  2026-03-02T09:30
            2026-03-02T17:30,    PT1H,  2026-03-03T09:30
            2026-03-02T19:00,    PT1H,  2026-03-03T09:30
            2026-03-02T16:30,    PT1H,  2026-03-02T17:30
            2026-03-02T08:30,    P1D,   2026-03-02T17:30
            2026-03-02T17:29,    PT1M,  2026-03-02T17:30
            2026-03-02T17:29,    PT2M,  2026-03-03T08:31
            2026-03-02T10:00,    PT1S,  2026-03-02T10:00:01
            2026-03-02T17:29:59, PT2S,  2026-03-03T08:30:01
            2026-03-07T10:00,    PT1M,  2026-03-09T08:31
            2026-10-01T10:00,    PT1H,  2026-10-08T09:30
            """)
    void consumesTimeOnlyInsideWorkingHoursToTheSecond(LocalDateTime start, Duration duration, LocalDateTime expected) {
        var from = at(start);

        var end = calendar.plusWorking(from, duration);

        assertEquals(at(expected), end);
    }

    @Test
    void returnsStartUnchangedForZeroDurationEvenOutsideWorkingHours() {
        var saturdayNight = at(LocalDateTime.parse("2026-03-07T03:00"));

        var end = calendar.plusWorking(saturdayNight, Duration.ZERO);

        assertSame(saturdayNight, end);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT-1S", "P367D", "P366DT1M", "PT9223372036854775807S"})
    void refusesNegativeOrOverlongDurations(Duration duration) {
        var start = at(LocalDateTime.parse("2026-03-02T10:00"));

        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorking(start, duration));
    }

    @Test
    void acceptsExactlyTheLongestDuration() {
        var start = at(LocalDateTime.parse("2025-01-02T10:00"));

        var end = calendar.plusWorking(start, Duration.ofDays(BusinessCalendar.MAX_WORKING_DAYS));

        assertEquals(Duration.ofDays(BusinessCalendar.MAX_WORKING_DAYS), calendar.workingTimeBetween(start, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void worksEveryMakeUpDayOfTheNotices(LocalDate makeUpDay) {
        var worked = calendar.isWorkingDay(makeUpDay);

        assertTrue(worked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-05", "2025-06-02",
            "2025-10-01", "2025-10-06", "2025-10-08", "2026-01-02", "2026-02-16", "2026-02-23", "2026-04-06",
            "2026-05-01", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-07"})
    void restsOnHolidaysOfTheNotices(LocalDate holiday) {
        var worked = calendar.isWorkingDay(holiday);

        assertFalse(worked);
    }

    /**
     * Every day of 2025 and 2026 against the State Council notices, typed here from
     * shared/docs/china-calendar.md rather than read back from the shipped files: a missing, extra or shifted
     * day in a file fails, and so does a year's file that is not loaded at all.
     */
    @Test
    void everyDayOfBothNoticeYearsIsWorkedOrRestedAsTheNoticesSay() {
        String[][] holidays = {{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
                {"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"},
                {"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
                {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
                {"2026-10-01", "2026-10-07"}};
        Set<LocalDate> off = new HashSet<>();
        for (String[] range : holidays) {
            LocalDate.parse(range[0]).datesUntil(LocalDate.parse(range[1]).plusDays(1)).forEach(off::add);
        }
        Set<LocalDate> makeUp = Stream.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
                .map(LocalDate::parse).collect(Collectors.toSet());
        LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2027-01-01")).forEach(day -> {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean expected = makeUp.contains(day) || (weekday && !off.contains(day));
            assertEquals(expected, calendar.isWorkingDay(day), day.toString());
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2026-10-09, true
            2026-10-08, true
            2026-09-19, false
            2026-10-11, false
            2026-02-24, true
            2025-02-05, true
            """)
    void treatsDaysAroundHolidaysByWeekday(LocalDate day, boolean expected) {
        var worked = calendar.isWorkingDay(day);

        assertEquals(expected, worked);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2026-03-02T08:29:59, false
            2026-03-02T08:30,    true
            2026-03-02T17:29:59, true
            2026-03-02T17:30,    false
            2026-03-07T10:00,    false
            2026-10-10T10:00,    true
            2026-10-01T10:00,    false
            """)
    void knowsWhetherAnInstantIsWithinWorkingHours(LocalDateTime local, boolean expected) {
        var instant = at(local);

        var within = calendar.isWithinWorkingHours(instant);

        assertEquals(expected, within);
    }

    @ParameterizedTest(name = "{0} to {1} = {2}")
    @CsvSource(textBlock = """
            2026-03-06T16:30, 2026-03-09T09:30, PT2H
            2026-03-02T08:30, 2026-03-09T08:30, P5D
            2026-09-30T10:00, 2026-10-08T10:00, P1D
            2026-09-30T16:00, 2026-10-09T09:00, P1DT2H
            2026-10-03T10:00, 2026-10-04T10:00, PT0S
            2026-10-09T10:00, 2026-10-02T10:00, PT0S
            2025-01-27T17:00, 2025-02-05T08:45, PT45M
            """)
    void measuresWorkingTimeAcrossWeekendsAndHolidays(LocalDateTime from, LocalDateTime to, Duration expected) {
        var start = at(from);
        var end = at(to);

        var worked = calendar.workingTimeBetween(start, end);

        assertEquals(expected, worked);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(textBlock = """
            2026-03-06T16:30, 2026-03-09T09:30
            2026-09-30T16:00, 2026-10-09T09:00
            2026-09-30T10:00, 2026-10-10T17:30
            2026-02-13T20:00, 2026-02-24T11:15
            2025-01-24T07:00, 2025-02-05T16:59:59
            2025-12-31T17:00, 2026-01-05T08:31
            2026-03-02T08:30, 2026-12-31T12:00
            """)
    void roundTripsWorkingTimeThroughPlusWorking(LocalDateTime from, LocalDateTime to) {
        var start = at(from);
        var end = at(to);

        var worked = calendar.workingTimeBetween(start, end);

        assertEquals(end, calendar.plusWorking(start, worked));
    }

    @Test
    void reportsAnUncoveredYearButStillSkipsWeekends() {
        var friday = at(LocalDateTime.parse("2030-01-04T10:00"));

        var end = calendar.plusWorking(friday, Duration.ofDays(1));

        assertEquals(at(LocalDateTime.parse("2030-01-07T10:00")), end);
        assertEquals(Set.of(2030), calendar.uncoveredYearsSeen());
        assertFalse(calendar.covers(2030));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2030-01-02")), "no notice, so no holidays");
    }

    @Test
    void reportsNoUncoveredYearInsideTheShippedYears() {
        var start = at(LocalDateTime.parse("2025-01-02T10:00"));

        calendar.plusWorking(start, Duration.ofDays(200));

        assertTrue(calendar.uncoveredYearsSeen().isEmpty());
        assertEquals(Set.of(2025, 2026), calendar.coveredYears());
        assertTrue(calendar.covers(2026));
    }

    @Test
    void followsADirectoryFileThatOverridesAShippedYear(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cn-2026.csv"), "from,to,kind,name\n2026-10-01,2026-10-08,HOLIDAY,National Day 国庆节\n");
        var overridden = new BusinessCalendar(SHANGHAI, WorkingHours.DEFAULT,
                CalendarData.merge(SHIPPED, CalendarData.loadDirectory(dir)));

        var end = overridden.plusWorking(at(LocalDateTime.parse("2026-09-30T10:00")), Duration.ofDays(1));

        assertEquals(at(LocalDateTime.parse("2026-10-09T10:00")), end);
    }

    @Test
    void rejectsWorkingHoursThatCloseBeforeTheyOpen() {
        var weekdays = Set.of(DayOfWeek.MONDAY);

        assertThrows(IllegalArgumentException.class,
                () -> new WorkingHours(LocalTime.of(17, 30), LocalTime.of(8, 30), weekdays));
        assertThrows(IllegalArgumentException.class,
                () -> new WorkingHours(LocalTime.of(8, 30), LocalTime.of(8, 30), weekdays));
    }

    @ParameterizedTest
    @CsvSource({
        // day 0 is the given day; the 2026 National Day holiday is skipped, its make-up Saturday counts
        "2026-09-29, 1, 2026-09-30", "2026-09-29, 2, 2026-10-08", "2026-09-29, 4, 2026-10-10",
        "2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24", "2026-11-27, 1, 2026-11-30"})
    void nthWorkingDayAfterSkipsWeekendsAndHolidaysButNotMakeUpDays(LocalDate day, int n, LocalDate expected) {
        assertEquals(expected, calendar.nthWorkingDayAfter(day, n));
    }

    @Test
    void firstAndLastWorkingDaysOfAMonthFollowTheHolidays() {
        assertEquals(LocalDate.of(2026, 10, 8), calendar.firstWorkingDay(YearMonth.of(2026, 10)));
        assertEquals(LocalDate.of(2026, 1, 4), calendar.firstWorkingDay(YearMonth.of(2026, 1)));
        assertEquals(LocalDate.of(2026, 2, 28), calendar.lastWorkingDay(YearMonth.of(2026, 2)));
        assertEquals(LocalDate.of(2026, 10, 9), calendar.workingDayOnOrAfter(LocalDate.of(2026, 10, 9)));
    }
}
