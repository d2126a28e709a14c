package com.careline.platform.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Working-time arithmetic over China's calendar: working hours on working weekdays, minus public
 * holidays, plus make-up working days (调休上班). Pure and thread-safe; walks day by day, so spans are
 * bounded to {@value #MAX_WORKING_DAYS} working days.
 *
 * <p>Durations use one encoding both ways: each whole 24 h ({@link Duration#toDays()}) stands for one
 * working day of {@link WorkingHours#dayLength()}, the remainder for working hours and minutes.
 * So {@code P1D} is "one working day later" and {@code PT2H} "two working hours later".
 */
public final class BusinessCalendar {

    /** Refuse longer spans: SLA clocks count days or hours, a larger value is a unit mistake. */
    public static final int MAX_WORKING_DAYS = 366;

    // room for as little as one working weekday a week plus the holidays
    private static final int MAX_CALENDAR_DAYS = MAX_WORKING_DAYS * 8;

    private final ZoneId zone;
    private final WorkingHours hours;
    private final CalendarData data;
    private final Set<Integer> uncoveredYearsSeen = new ConcurrentSkipListSet<>();

    /**
     * @param zone  where the working hours are read, e.g. {@code Asia/Shanghai}
     * @param hours daily opening hours and normally worked weekdays
     * @param data  holidays and make-up days, usually {@code CalendarData.loadClasspath(...)} merged
     *              with an ops directory
     */
    public BusinessCalendar(ZoneId zone, WorkingHours hours, CalendarData data) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.data = Objects.requireNonNull(data, "data");
    }

    /** Whether {@code day} is worked: a make-up day always is, a holiday never, otherwise per weekday. */
    public boolean isWorkingDay(LocalDate day) {
        if (!data.coveredYears().contains(day.getYear())) {
            uncoveredYearsSeen.add(day.getYear()); // weekends only: the caller reports it
        }
        if (data.makeUpWorkdays().contains(day)) {
            return true; // 调休: make-up working day
        }
        return !data.holidays().contains(day) && hours.workingDays().contains(day.getDayOfWeek());
    }

    /** Whether {@code t} falls on a working day, at or after opening and before closing. */
    public boolean isWithinWorkingHours(Instant t) {
        var local = t.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(hours.opens()) && time.isBefore(hours.closes());
    }

    /**
     * The instant after consuming {@code d} of working time from {@code start} (see the class comment
     * for how days count). Time before opening, after closing and on non-working days is skipped; a
     * duration that ends exactly at closing returns the closing instant, not the next opening.
     *
     * @return {@code start} itself for {@link Duration#ZERO}
     * @throws IllegalArgumentException if {@code d} is negative or over {@value #MAX_WORKING_DAYS} working days
     */
    public Instant plusWorking(Instant start, Duration d) {
        Objects.requireNonNull(start, "start");
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative working duration: " + d);
        }
        if (d.isZero()) {
            return start;
        }
        Duration remaining = toWorkingTime(d);
        var day = start.atZone(zone).toLocalDate();
        for (int i = 0; i <= MAX_CALENDAR_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant from = later(start, opening(day));
            Instant close = closing(day);
            if (from.isBefore(close)) {
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining); // ending exactly at closing stays at closing
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("fewer than " + d.toDays() + " working days within "
                + MAX_CALENDAR_DAYS + " days of " + start);
    }

    /**
     * The working time inside {@code [from, to)}, in the encoding {@link #plusWorking} reads: whole
     * working days as days, the rest (less than a working day) as hours and minutes; zero if
     * {@code to} is not after {@code from}. {@code plusWorking(from, workingTimeBetween(from, to))}
     * returns {@code to} whenever {@code to} is after {@code from}, on a working day, after opening
     * and at or before closing (an opening instant is the same working moment as the previous closing).
     *
     * @throws IllegalArgumentException if the result would exceed {@value #MAX_WORKING_DAYS} working days
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var first = from.atZone(zone).toLocalDate();
        var last = to.atZone(zone).toLocalDate();
        if (ChronoUnit.DAYS.between(first, last) > MAX_CALENDAR_DAYS) {
            throw new IllegalArgumentException("span over " + MAX_CALENDAR_DAYS + " days: " + from + " to " + to);
        }
        Duration total = Duration.ZERO;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant start = later(from, opening(day));
                Instant end = earlier(to, closing(day));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        Duration dayLength = hours.dayLength();
        if (total.compareTo(dayLength.multipliedBy(MAX_WORKING_DAYS)) > 0) {
            throw new IllegalArgumentException("over " + MAX_WORKING_DAYS + " working days: " + from + " to " + to);
        }
        long days = total.dividedBy(dayLength);
        return Duration.ofDays(days).plus(total.minus(dayLength.multipliedBy(days)));
    }

    /** The years whose holiday notice is loaded. */
    public Set<Integer> coveredYears() {
        return data.coveredYears();
    }

    /** Whether {@code year}'s holiday notice is loaded. */
    public boolean covers(int year) {
        return data.coveredYears().contains(year);
    }

    /**
     * Years without a loaded notice that arithmetic has touched, counted as weekends only; a live,
     * thread-safe, read-only view for a health check to report.
     */
    public Set<Integer> uncoveredYearsSeen() {
        return Collections.unmodifiableSet(uncoveredYearsSeen);
    }

    private Duration toWorkingTime(Duration d) {
        long days = d.toDays();
        Duration dayLength = hours.dayLength();
        if (days <= MAX_WORKING_DAYS) { // checked first so the multiplication cannot overflow
            Duration total = dayLength.multipliedBy(days).plus(d.minusDays(days));
            if (total.compareTo(dayLength.multipliedBy(MAX_WORKING_DAYS)) <= 0) {
                return total;
            }
        }
        throw new IllegalArgumentException("working duration over " + MAX_WORKING_DAYS + " working days: " + d);
    }

    /** When {@code day}'s working hours open, in this calendar's zone. */
    public Instant opening(LocalDate day) {
        return day.atTime(hours.opens()).atZone(zone).toInstant();
    }

    /** When {@code day}'s working hours close, in this calendar's zone. */
    public Instant closing(LocalDate day) {
        return day.atTime(hours.closes()).atZone(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The calendar day of {@code t} in this calendar's zone. */
    public LocalDate dateOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** The {@code n}-th working day after {@code day}; {@code day} itself is day 0, worked or not. */
    public LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("n must be between 0 and " + MAX_WORKING_DAYS + ": " + n);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return nthWorkingDayAfter(day, 1);
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    /** The first working day of {@code month} (a make-up Saturday counts). */
    public LocalDate firstWorkingDay(YearMonth month) {
        return workingDayOnOrAfter(month.atDay(1));
    }

    /** The last working day of {@code month}; its last day if it has none. */
    public LocalDate lastWorkingDay(YearMonth month) {
        for (LocalDate d = month.atEndOfMonth(); !d.isBefore(month.atDay(1)); d = d.minusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        return month.atEndOfMonth();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
