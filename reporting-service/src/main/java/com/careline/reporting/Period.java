package com.careline.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.paging.QueryParams;

/** The whole days a report covers, from the {@code from} and {@code to} query parameters (both included). */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidRequest("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The days asked for; without them, this month so far in the business calendar's zone. */
    public static Period of(String from, String to, Clock clock, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        return new Period(first == null ? today.withDayOfMonth(1) : first, last == null ? today : last);
    }
}
