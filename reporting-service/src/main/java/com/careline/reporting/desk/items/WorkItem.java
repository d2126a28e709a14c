package com.careline.reporting.desk.items;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing to do on the desk, whoever sees it: addressed to a role in a branch ({@code addressRole},
 * {@code addressBranch}) or to one user ({@code owner}), never both. It shows from {@code raisedAt} on: a
 * follow-up call from the morning of its day. Also the JSON of the inbox, the stream and the notification that
 * carries it to every pod.
 */
public record WorkItem(UUID id, Kind kind, String caseKind, String caseId, String caseNumber, String branch,
        String addressRole, String addressBranch, String owner, UUID clockId, String clockKind, Integer level,
        Instant dueAt, Instant raisedAt, Status status, String acknowledgedBy,
        Instant acknowledgedAt) {

    public enum Kind {
        ESCALATION, OWNED_CASE, FOLLOW_UP_DUE, URGENT_AFTER_HOURS
    }

    public enum Status {
        OPEN, ACKNOWLEDGED, DONE
    }

    /**
     * What makes the item one: a rung (clock, level, due time: a restarted clock keeps its id and breaches
     * anew), else the case and the kind. A replayed event finds its item by it.
     */
    static String key(Kind kind, String caseId, UUID clockId, Integer level, Instant dueAt) {
        return kind == Kind.ESCALATION ? kind + ":" + clockId + ":" + level + ":" + dueAt : kind + ":" + caseId;
    }

    /** The same id for the same key, so that a replay names the same item (and its mail the same Message-ID). */
    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    String key() {
        return key(kind, caseId, clockId, level, dueAt);
    }
}
