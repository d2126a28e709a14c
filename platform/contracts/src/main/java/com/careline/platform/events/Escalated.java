package com.careline.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code <domain>.escalated}: an SLA clock passed a rung of its escalation ladder.
 * Level 1 is the breach of the deadline itself; each further level goes one rung up (阶梯联系).
 */
public record Escalated(
        UUID clockId,
        String caseId,
        String branch,
        String clockKind,
        int level,
        String escalateTo,
        Instant dueAt,
        Instant raisedAt) {

    public static String type(String domain) {
        return domain + ".escalated";
    }
}
