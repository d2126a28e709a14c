package com.careline.reporting.search;

import java.math.BigDecimal;

import com.careline.platform.paging.Page;

/**
 * A customer's history at the desk: the record, every case of theirs (by customer number or by any of their
 * phones, merged duplicates included), newest first, and what they answered to the surveys of those cases.
 */
public record CustomerHistory(Customer customer, Satisfaction satisfaction, Page<CaseHit> cases) {

    public record Customer(String number, String name, String branch) {
    }

    /**
     * @param surveys the cases with a survey answer (follow-up calls completed, inquiries surveyed)
     * @param meanScore the mean RATER score of the follow-up calls that gave scores; null when none did
     */
    public record Satisfaction(long surveys, long satisfied, BigDecimal meanScore) {
    }
}
