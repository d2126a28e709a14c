package com.careline.platform.events.shipment;

import java.time.Instant;

import com.careline.platform.events.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the branch systems (LIS, scan systems) publish on {@code careline.shipment.events}: one
 * {@link #SCANNED} event per scan. The envelope's subject (also the record key) is the waybill number, so
 * a waybill's scans stay on one partition; its correlation id is the waybill number too. Consumers must
 * expect scans out of order and more than once.
 */
public final class ShipmentEvents {

    /** A scan of a waybill; data: {@link Scanned}. */
    public static final String SCANNED = "shipment.scanned";

    private ShipmentEvents() {
    }

    /**
     * Whether {@code event} is an exception scan, read from its data without binding it: most of the stream
     * is ordinary scans, which the consumers that only count or claim exceptions drop before any other work.
     */
    public static boolean isExceptionScan(EventEnvelope event) {
        return isScan(event, ScanType.EXCEPTION);
    }

    /** Whether {@code event} is a scan of {@code type}, read from its data without binding it. */
    public static boolean isScan(EventEnvelope event, ScanType type) {
        return SCANNED.equals(event.type()) && type.name().equals(event.data().path("scanType").asText(null));
    }

    /** The exception kind's name as the scan states it, or null when it states none. */
    public static String exceptionKindName(EventEnvelope event) {
        JsonNode kind = event.data().get("exceptionKind");
        return kind == null || !kind.isTextual() ? null : kind.textValue();
    }

    /** The four stages of a shipment (001): pickup, processing, transport, delivery; plus signature and exceptions. */
    public enum ScanType {
        PICKED_UP, PROCESSED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, SIGNED, EXCEPTION
    }

    /** What went wrong, on an {@link ScanType#EXCEPTION} scan: 滞留, 破损, 少货, 发错货, 丢失, 延误. */
    public enum ExceptionKind {
        STRANDED, DAMAGED, SHORT, WRONG_GOODS, LOST, DELAYED
    }

    /** The route that sets the time limits of 133710 (001): 1 / 3 / 7 days, fully delayed at 3 / 7 / 10. */
    public enum RouteType {
        SAME_CITY, OTHER_CITY, INTERNATIONAL
    }

    /**
     * One scan. {@code waybillNo}, {@code branch}, {@code scanType} and {@code scanTime} are required;
     * {@code routeType} is required on {@code PICKED_UP} (it fixes the time limits); {@code exceptionKind}
     * is required on {@code EXCEPTION} and absent otherwise; {@code location} and {@code note} are free text.
     */
    public record Scanned(String waybillNo, String branch, ScanType scanType, Instant scanTime, RouteType routeType,
            String location, ExceptionKind exceptionKind, String note) {
    }
}
