package com.careline.complaint.intake;

import java.time.Instant;
import java.time.LocalDate;

import com.careline.platform.calendar.BusinessCalendar;

/**
 * 003 line 57: a complaint received outside working hours (放假、下班、周末) is judged by its receiver. An
 * urgent one is handled at once (the on-duty manager is called: {@code complaint.urgent-after-hours}); the
 * others follow the normal procedure, so their 1-hour first response and 30-minute hand-off count from the
 * next opening. {@code fromNextOpening=false} reads "normal procedure" as "the clocks run from receipt".
 */
public record AfterHours(BusinessCalendar calendar, boolean fromNextOpening) {

    /** When the first-response and hand-off clocks of a complaint received at {@code received} start. */
    public Instant clocksStartAt(Instant received, boolean urgent) {
        if (urgent || !fromNextOpening || calendar.isWithinWorkingHours(received)) {
            return received;
        }
        LocalDate day = calendar.dateOf(received);
        if (calendar.isWorkingDay(day) && received.isBefore(calendar.opening(day))) {
            return calendar.opening(day);
        }
        return calendar.opening(calendar.nextWorkingDay(day));
    }

    public boolean isAfterHours(Instant received) {
        return !calendar.isWithinWorkingHours(received);
    }
}
