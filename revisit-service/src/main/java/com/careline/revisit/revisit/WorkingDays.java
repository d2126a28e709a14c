package com.careline.revisit.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import com.careline.platform.calendar.BusinessCalendar;

/**
 * Day arithmetic for call planning over the business calendar: which day is "the n-th working day after",
 * "the next working day", and when a day's working hours open and close. Pure; built from the calendar bean
 * and the calendar's configured hours.
 */
public record WorkingDays(BusinessCalendar calendar, ZoneId zone, LocalTime opens, LocalTime closes) {

    /** Bound for walks over the calendar (a year without one working day is a data error). */
    private static final int MAX_DAYS = 400;

    /** The {@code n}-th working day after {@code day}; {@code day} itself is day 0 whether worked or not. */
    public LocalDate nthAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0, walked = 0; counted < n; walked++) {
            if (walked > MAX_DAYS * n) {
                throw new IllegalStateException("no working day after " + day);
            }
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextAfter(LocalDate day) {
        return nthAfter(day, 1);
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : nextAfter(day);
    }

    /** The first working day of {@code month} (may be a make-up Saturday). */
    public LocalDate firstOf(YearMonth month) {
        return onOrAfter(month.atDay(1));
    }

    /** The last working day of {@code month}. */
    public LocalDate lastOf(YearMonth month) {
        LocalDate d = month.atEndOfMonth();
        while (!calendar.isWorkingDay(d) && !d.isBefore(month.atDay(1))) {
            d = d.minusDays(1);
        }
        return d.isBefore(month.atDay(1)) ? month.atEndOfMonth() : d;
    }

    public Instant opening(LocalDate day) {
        return day.atTime(opens).atZone(zone).toInstant();
    }

    public Instant closing(LocalDate day) {
        return day.atTime(closes).atZone(zone).toInstant();
    }

    public LocalDate dateOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }
}
