package com.careline.inquiry.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClockView;

/** An inquiry and its work order as the agent desk shows them, with the clocks and escalation level. */
public record InquiryView(
        UUID id,
        String number,
        String branch,
        Channel channel,
        Topic topic,
        String region,
        InquiryStatus status,
        String customerName,
        String phone,
        /** The customer record (/api/customers) it is of, once known. */
        UUID customerId,
        String waybillNo,
        String content,
        String owner,
        boolean proactive,
        String department,
        String queue,
        UUID ruleId,
        int rounds,
        String answer,
        String answeredBy,
        UUID articleId,
        Boolean satisfied,
        DissatisfactionCause dissatisfactionCause,
        String correlationId,
        Instant receivedAt,
        Instant dispatchedAt,
        Instant answeredAt,
        Instant repliedAt,
        Instant surveyedAt,
        Instant closedAt,
        Instant archivedAt,
        String archiveReason,
        /** The follow-up survey planned and without a result yet, if any. */
        UUID surveyRevisitId,
        int escalationLevel,
        List<SlaClockView> clocks,
        long version) {

    public static InquiryView from(Inquiry q, List<SlaClock> clocks) {
        return new InquiryView(q.id(), q.number(), q.branch(), q.channel(), q.topic(), q.region(), q.status(),
                q.customerName(), q.phone(), q.customerId(), q.waybillNo(), q.content(), q.owner(), q.isProactive(),
                q.department(), q.queue(), q.ruleId(), q.rounds(), q.answer(), q.answeredBy(), q.articleId(),
                q.satisfied(), q.dissatisfactionCause(), q.correlationId(), q.receivedAt(), q.dispatchedAt(),
                q.answeredAt(), q.repliedAt(), q.surveyedAt(), q.closedAt(), q.archivedAt(), q.archiveReason(),
                q.surveyRevisitId(),
                clocks.stream().mapToInt(SlaClock::level).max().orElse(0),
                clocks.stream().map(SlaClockView::from).toList(), q.version());
    }
}
