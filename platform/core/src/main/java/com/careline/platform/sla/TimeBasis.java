package com.careline.platform.sla;

import java.time.Duration;
import java.time.Instant;

import com.careline.platform.calendar.BusinessCalendar;

/** How a policy's durations are counted. */
public enum TimeBasis {

    /** Wall-clock time, nights and holidays included (e.g. 30 minutes to hand a major complaint over). */
    CALENDAR {
        @Override
        public Instant plus(BusinessCalendar calendar, Instant from, Duration duration) {
            return from.plus(duration);
        }

        @Override
        public Duration between(BusinessCalendar calendar, Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    },

    /** Working time of the business calendar; each whole day of a duration is one working day. */
    WORKING {
        @Override
        public Instant plus(BusinessCalendar calendar, Instant from, Duration duration) {
            return calendar.plusWorking(from, duration);
        }

        @Override
        public Duration between(BusinessCalendar calendar, Instant from, Instant to) {
            return calendar.workingTimeBetween(from, to);
        }
    };

    public abstract Instant plus(BusinessCalendar calendar, Instant from, Duration duration);

    public abstract Duration between(BusinessCalendar calendar, Instant from, Instant to);
}
