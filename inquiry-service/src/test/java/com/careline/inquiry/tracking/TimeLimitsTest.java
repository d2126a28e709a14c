package com.careline.inquiry.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import com.careline.inquiry.tracking.TimeLimits.DelayState;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 133710 as a table: plain values, no Quarkus. */
class TimeLimitsTest {

    private final TimeLimits limits = TimeLimits.of133710();

    @ParameterizedTest
    @CsvSource({"SAME_CITY,1,3", "OTHER_CITY,3,7", "INTERNATIONAL,7,10"})
    void limitsOf133710(RouteType route, long days, long fullyDelayedDays) {
        assertEquals(Duration.ofDays(days), limits.delivery(route));
        assertEquals(Duration.ofDays(fullyDelayedDays), limits.fullyDelayed(route));
    }

    @ParameterizedTest
    @CsvSource({
        "PT23H, , ON_TIME",
        "PT25H, , DELAYED",
        "P3DT1H, , FULLY_DELAYED",
        "P5D, PT20H, ON_TIME",
        "P5D, PT30H, DELAYED"})
    void delayStateOfASameCityWaybill(Duration sincePickup, Duration deliveredAfter, DelayState expected) {
        Instant pickup = Instant.parse("2026-11-02T02:00:00Z");

        DelayState state = TimeLimits.state(pickup.plus(Duration.ofDays(1)), pickup.plus(Duration.ofDays(3)),
                deliveredAfter == null ? null : pickup.plus(deliveredAfter), pickup.plus(sincePickup));

        assertEquals(expected, state);
    }
}
