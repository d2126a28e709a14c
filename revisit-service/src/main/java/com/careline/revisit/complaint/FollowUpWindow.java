package com.careline.revisit.complaint;

import java.time.Instant;
import java.time.LocalDate;

import com.careline.platform.calendar.BusinessCalendar;

/**
 * When to call back after a complaint (003: "在收到投诉后的第5天~第7天之间"): between working day
 * {@code firstDay} and working day {@code lastDay} after the day the complaint was received (that day is
 * day 0). Working days, not calendar days: the head clerk makes the call, and a window counted in calendar
 * days can fall entirely inside a holiday (a complaint received on 29 September 2026 would have to be called
 * back on 4–6 October, in the National Day holiday). The window opens at the opening of its first day and
 * closes at the closing of its last.
 *
 * <p>Resolved before the window: the call is due on its first day. Resolved inside it: due on the first
 * working day whose hours are not over at the resolution. Resolved after it: late, due on the next working
 * day after the resolution, with a deadline at that day's closing.
 */
public record FollowUpWindow(BusinessCalendar days, int firstDay, int lastDay) {

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
        LocalDate first = days.nthWorkingDayAfter(received, firstDay);
        LocalDate last = days.nthWorkingDayAfter(received, lastDay);
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
