package com.careline.revisit.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import com.careline.revisit.revisit.WorkingDays;

/**
 * When a partner's monthly call (003: "保证每月做一次回访") is planned: from the month's first working day, or
 * today when the month's calls are generated later; due by the closing of the month's last working day.
 */
public record MonthlyPlan(LocalDate dueOn, Instant deadline) {

    public static MonthlyPlan of(WorkingDays days, YearMonth month, LocalDate today) {
        LocalDate first = days.firstOf(month);
        LocalDate due = YearMonth.from(today).equals(month) && today.isAfter(first) ? days.onOrAfter(today) : first;
        LocalDate last = days.lastOf(month);
        return new MonthlyPlan(due, days.closing(due.isAfter(last) ? due : last));
    }

    /** The round of a month's revisits: {@code 2026-11}. */
    public static String round(YearMonth month) {
        return month.toString();
    }
}
