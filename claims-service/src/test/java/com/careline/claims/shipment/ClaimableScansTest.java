package com.careline.claims.shipment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Map;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which events of the scan stream reach the database at all: pickups, claimable exceptions (and, by the
 * platform, unreadable records).
 */
class ClaimableScansTest {

    @ParameterizedTest
    @EnumSource(value = ExceptionKind.class, names = {"DAMAGED", "LOST", "SHORT"})
    void aClaimableExceptionScanConcernsClaims(ExceptionKind kind) {
        assertThat(ShipmentScanConsumer.isClaimsConcern(scan(ScanType.EXCEPTION, kind)), is(true));
    }

    @ParameterizedTest
    @EnumSource(value = ExceptionKind.class, names = {"STRANDED", "WRONG_GOODS", "DELAYED"})
    void anExceptionThatOpensNoClaimIsDropped(ExceptionKind kind) {
        assertThat(ShipmentScanConsumer.isClaimsConcern(scan(ScanType.EXCEPTION, kind)), is(false));
    }

    @Test
    void aPickupScanConcernsClaims() {
        assertThat(ShipmentScanConsumer.isClaimsConcern(scan(ScanType.PICKED_UP, null)), is(true));
    }

    @ParameterizedTest
    @EnumSource(value = ScanType.class, names = {"EXCEPTION", "PICKED_UP"}, mode = EnumSource.Mode.EXCLUDE)
    void anOrdinaryScanIsDropped(ScanType type) {
        assertThat(ShipmentScanConsumer.isClaimsConcern(scan(type, null)), is(false));
    }

    @Test
    void anotherEventTypeIsDropped() {
        assertThat(ShipmentScanConsumer.isClaimsConcern(EventCodec.envelope("shipment.weighed", "lis-test", "SF1", "SF1",
                Instant.now(), Map.of("waybillNo", "SF1"))), is(false));
    }

    @Test
    void anExceptionScanWithoutItsKindGoesOnToBeParked() {
        assertThat(ShipmentScanConsumer.isClaimsConcern(scan(ScanType.EXCEPTION, null)), is(true));
    }

    private static EventEnvelope scan(ScanType type, ExceptionKind kind) {
        return EventCodec.envelope(ShipmentEvents.SCANNED, "lis-test", "SF1", "SF1", Instant.now(),
                new ShipmentEvents.Scanned("SF1", "SZ", type, Instant.now(), null, "深圳转运中心", kind, null));
    }
}
