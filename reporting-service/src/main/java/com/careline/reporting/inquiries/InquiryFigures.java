package com.careline.reporting.inquiries;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/** Inquiries received in [from, to], and the shipment delays and exceptions of the same days. */
public record InquiryFigures(
        LocalDate from,
        LocalDate to,
        long received,
        /** Opened by the service itself for a shipment exception or delay. */
        long proactive,
        long replied,
        Duration replyP50,
        Duration replyP90,
        /** Work orders sent back because the customer was unsatisfied with the company. */
        long sentBack,
        double satisfiedRate,
        long escalations,
        Map<String, Long> byTopic,
        Map<String, Long> byBranch,
        /** DELAYED and FULLY_DELAYED waybills detected in the period (133710). */
        Map<String, Long> shipmentDelays,
        /** Exception scans by kind (stranded, damaged, short, wrong goods, lost, delayed). */
        Map<String, Long> shipmentExceptions) {
}
