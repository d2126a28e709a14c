package com.careline.inquiry.inquiry;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the inquiry list and the work-order queues: what a desk scans, no clocks, so a page is one query
 * (no clock lookup per row); the inquiry itself ({@link InquiryView}) shows its clocks.
 */
public record InquirySummary(UUID id, String number, String branch, Channel channel, Topic topic, String region,
        InquiryStatus status, String customerName, UUID customerId, String waybillNo, String owner, boolean proactive,
        String department, String queue, int rounds, String correlationId, Instant receivedAt, Instant repliedAt) {

    public static InquirySummary from(Inquiry q) {
        return new InquirySummary(q.id(), q.number(), q.branch(), q.channel(), q.topic(), q.region(), q.status(),
                q.customerName(), q.customerId(), q.waybillNo(), q.owner(), q.isProactive(), q.department(), q.queue(),
                q.rounds(), q.correlationId(), q.receivedAt(), q.repliedAt());
    }
}
