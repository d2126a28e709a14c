package com.careline.inquiry.inquiry;

import java.time.LocalDate;
import java.util.Set;

/** The list's filters; null means any. */
public record InquiryQuery(InquiryStatus status, Topic topic, String branch, String queue, String waybillNo,
        Boolean proactive, LocalDate from, LocalDate to) {

    public static final Set<String> SORTABLE = Set.of("receivedAt", "number", "status");
}
