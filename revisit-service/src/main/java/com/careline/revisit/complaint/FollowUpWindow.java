package com.careline.revisit.complaint;

import java.time.Instant;
import java.time.LocalDate;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.sla.TimeBasis;

/**
 * When to call back after a complaint (003 line 81, "在收到投诉后的第5天~第7天之间"): between day
 * {@code firstDay} and day {@code lastDay} after the day the complaint was received (that day is day 0).
 * <p>{@link TimeBasis#CALENDAR} (the default, as 003 says "days"): calendar days 5 to 7, of which the call
 * takes the working ones; a window that falls wholly on days off (received 29 September 2026: 4–6 October, in
 * the National Day holiday) moves to the next working day. {@link TimeBasis#WORKING} (configured): working days
 * 5 to 7, which lands calls up to two days later after a weekend. The window opens at the opening of its first
 * working day and closes at the closing of its last.
 *
 * <p>Resolved before the window: the call is due on its first day. Resolved inside it: due on the first
 * working day whose hours are not over at the resolution. Resolved after it: late, due on the next working
 * day after the resolution, with a deadline at that day's closing.
 */
public record FollowUpWindow(BusinessCalendar days, TimeBasis basis, int firstDay, int lastDay) {

    public FollowUpWindow {
        if (firstDay < 1 || lastDay < firstDay) {
            throw new IllegalArgumentException("window must be 1 <= first day <= last day, got " + firstDay + "–" + lastDay);
        }
    }

    /**
     * @param dueOn        the day the call is planned for
     * @param clockStartsAt when the SLA clock of the call starts counting (window opening, or the late day's opening)
     * @param late         resolved after the window closed
     */
    public record Plan(LocalDate dueOn, Instant windowOpens, Instant windowCloses, Instant clockStartsAt, boolean late,
            String lateReason) {
    }

    public Plan plan(Instant receivedAt, Instant resolvedAt) {
        LocalDate received = days.dateOf(receivedAt);
        LocalDate first;
        LocalDate last;
        if (basis == TimeBasis.WORKING) {
            first = days.nthWorkingDayAfter(received, firstDay);
            last = days.nthWorkingDayAfter(received, lastDay);
        } else {
            first = days.workingDayOnOrAfter(received.plusDays(firstDay));
            last = received.plusDays(lastDay);
            while (last.isAfter(first) && !days.isWorkingDay(last)) {
                last = last.minusDays(1);
            }
            if (last.isBefore(first)) { // no working day in the window: the next one after it
                last = first;
            }
        }
        Instant opens = days.opening(first);
        Instant closes = days.closing(last);
        if (resolvedAt.isBefore(opens)) {
            return new Plan(first, opens, closes, opens, false, null);
        }
        if (resolvedAt.isBefore(closes)) {
            LocalDate day = days.workingDayOnOrAfter(days.dateOf(resolvedAt));
            if (!resolvedAt.isBefore(days.closing(day))) {
                day = days.nextWorkingDay(day);
            }
            return new Plan(day, opens, closes, opens, false, null);
        }
        LocalDate next = days.nextWorkingDay(days.dateOf(resolvedAt));
        String reason = "resolved on " + days.dateOf(resolvedAt) + ", after the day " + firstDay + "–" + lastDay
                + " window (" + first + " to " + last + "): called on the next working day";
        return new Plan(next, opens, closes, days.opening(next), true, reason);
    }
}
