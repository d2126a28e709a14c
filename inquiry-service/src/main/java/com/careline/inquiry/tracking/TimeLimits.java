package com.careline.inquiry.tracking;

import java.time.Duration;
import java.time.Instant;

import com.careline.platform.events.shipment.ShipmentEvents.RouteType;

/** Pure: the delivery and fully-delayed limits of a route (133710), and how late a waybill is. */
public record TimeLimits(Duration sameCity, Duration otherCity, Duration international, Duration sameCityFully,
        Duration otherCityFully, Duration internationalFully) {

    public enum DelayState {
        /** No pickup scan yet, so no promise. */
        UNKNOWN, ON_TIME, DELAYED, FULLY_DELAYED
    }

    public static TimeLimits from(LimitsConfig c) {
        return new TimeLimits(c.sameCity(), c.otherCity(), c.international(), c.sameCityFullyDelayed(),
                c.otherCityFullyDelayed(), c.internationalFullyDelayed());
    }

    public static TimeLimits of133710() {
        return new TimeLimits(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(3),
                Duration.ofDays(7), Duration.ofDays(10));
    }

    public Duration delivery(RouteType route) {
        return switch (route) {
            case SAME_CITY -> sameCity;
            case OTHER_CITY -> otherCity;
            case INTERNATIONAL -> international;
        };
    }

    public Duration fullyDelayed(RouteType route) {
        return switch (route) {
            case SAME_CITY -> sameCityFully;
            case OTHER_CITY -> otherCityFully;
            case INTERNATIONAL -> internationalFully;
        };
    }

    /** Late by the delivery (or, undelivered, by {@code now}) against the promised and fully-delayed times. */
    public static DelayState state(Instant promisedAt, Instant fullyDelayedAt, Instant deliveredAt, Instant now) {
        if (promisedAt == null) {
            return DelayState.UNKNOWN;
        }
        Instant end = deliveredAt != null ? deliveredAt : now;
        if (fullyDelayedAt != null && end.isAfter(fullyDelayedAt)) {
            return DelayState.FULLY_DELAYED;
        }
        return end.isAfter(promisedAt) ? DelayState.DELAYED : DelayState.ON_TIME;
    }
}
