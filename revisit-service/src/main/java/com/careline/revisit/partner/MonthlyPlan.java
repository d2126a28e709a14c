package com.careline.revisit.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import com.careline.platform.calendar.BusinessCalendar;

/**
 * When a partner's monthly call (003: "保证每月做一次回访") is planned: from the month's first working day, or
 * today when the month's calls are generated later; due by the closing of the month's last working day.
 */
public record MonthlyPlan(LocalDate dueOn, Instant deadline) {

    public static MonthlyPlan of(BusinessCalendar days, YearMonth month, LocalDate today) {
        LocalDate first = days.firstWorkingDay(month);
        LocalDate due = YearMonth.from(today).equals(month) && today.isAfter(first) ? days.workingDayOnOrAfter(today) : first;
        LocalDate last = days.lastWorkingDay(month);
        return new MonthlyPlan(due, days.closing(due.isAfter(last) ? due : last));
    }

    /** The round of a month's revisits: {@code 2026-11}. */
    public static String round(YearMonth month) {
        return month.toString();
    }
}
