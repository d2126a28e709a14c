package com.careline.reporting.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One case as the search finds it. {@code overdue} lists the clocks that passed their deadline while the case
 * is open, at the rung of their ladder they reached (a clock met late stays listed until the case ends); the
 * clocks still running within their time are on the case itself, at {@code link}.
 *
 * @param number the case's number; for a follow-up call, the number of the case it follows up
 * @param about for a follow-up call, the kind and id of the case it follows up
 * @param satisfied the customer's answer to the case's survey, if any
 * @param score the mean of the RATER scores of a follow-up call, if given
 */
public record CaseHit(String kind, String id, String number, String status, boolean open, String branch,
        String waybillNo, String customerNumber, String customerName, String phoneTail, About about,
        Boolean satisfied, BigDecimal score, List<Overdue> overdue, Instant openedAt, Instant updatedAt, Link link) {

    public record About(String kind, String id) {
    }

    public record Overdue(String clockKind, int level, String escalateTo, Instant dueAt) {
    }

    /** The owning service (its name as in deploy/ and ./run.sh) and the path of the case on it. */
    public record Link(String service, String path) {
    }
}
