package com.careline.platform.events.inquiry;

import java.time.Instant;
import java.util.UUID;

import com.careline.platform.events.Party;

/**
 * Event types on {@code careline.inquiry.events} and their data. For inquiry events the envelope's subject
 * is the inquiry id and its correlation id the waybill (else the inquiry id). For the delay detections the
 * subject and the correlation id are the waybill number, so that complaint and claims cases can link to it.
 * Every inquiry record carries its id, readable number and branch; {@link Answered} and {@link Replied}
 * carry the customer's name and phone, which the satisfaction survey (revisit-service) needs.
 */
public final class InquiryEvents {

    public static final String REGISTERED = "inquiry.registered";
    public static final String DISPATCHED = "inquiry.dispatched";
    /** The answer exists: given at once by the receiver ({@code atOnce}) or recorded by the work order's handler. */
    public static final String ANSWERED = "inquiry.answered";
    /** The agent gave the handler's answer to the customer. */
    public static final String REPLIED = "inquiry.replied";
    public static final String SATISFACTION_RECORDED = "inquiry.satisfaction-recorded";
    public static final String ARCHIVED = "inquiry.archived";
    /** Data: {@link com.careline.platform.events.Escalated}. */
    public static final String ESCALATED = "inquiry.escalated";
    /** A waybill passed its delivery time limit undelivered (延误); data: {@link ShipmentDelayed}. */
    public static final String SHIPMENT_DELAYED = "inquiry.shipment-delayed";
    /** A waybill passed its fully-delayed limit (彻底延误); data: {@link ShipmentDelayed}. */
    public static final String SHIPMENT_FULLY_DELAYED = "inquiry.shipment-fully-delayed";

    private InquiryEvents() {
    }

    /**
     * {@code proactive}: opened by the service for a shipment exception or delay, not by a customer;
     * {@code party}: who asked, for the desk's search.
     */
    public record Registered(UUID inquiryId, String number, String branch, String channel, String topic,
            String region, String waybillNo, String owner, boolean proactive, Instant receivedAt, Party party) {
    }

    /** A work order went to {@code department}/{@code queue}; {@code round} counts dispatches (2+ = sent back). */
    public record Dispatched(UUID inquiryId, String number, String branch, String topic, String region,
            String department, String queue, UUID ruleId, int round, String waybillNo, String by, Instant at) {
    }

    public record Answered(UUID inquiryId, String number, String branch, String topic, boolean atOnce, String answer,
            String customerName, String phone, String waybillNo, String by, Instant receivedAt, Instant at) {
    }

    public record Replied(UUID inquiryId, String number, String branch, String topic, String customerName,
            String phone, String waybillNo, String by, Instant at) {
    }

    /** {@code cause} is COMPANY, CUSTOMER or OTHER when unsatisfied; {@code sentBack}: the work order runs again. */
    public record SatisfactionRecorded(UUID inquiryId, String number, String branch, boolean satisfied, String cause,
            String comment, boolean sentBack, String by, Instant at) {
    }

    /** {@code reason}: why it was archived while a survey was still planned (002 3 (3)); null otherwise. */
    public record Archived(UUID inquiryId, String number, String branch, String by, Instant at, String reason) {
    }

    /**
     * Data of {@link #SHIPMENT_DELAYED} and {@link #SHIPMENT_FULLY_DELAYED}. {@code workOrderId} is the
     * proactive work order opened for the branch.
     */
    public record ShipmentDelayed(String waybillNo, String branch, String routeType, Instant pickedUpAt,
            Instant promisedAt, Instant fullyDelayedAt, Instant detectedAt, UUID workOrderId) {
    }
}
