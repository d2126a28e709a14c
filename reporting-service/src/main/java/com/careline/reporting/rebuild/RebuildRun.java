package com.careline.reporting.rebuild;

import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild as ops see it. {@code worker} is the pod filling it, {@code lag} how many records it is behind
 * the topics' ends (null until the pod holds every partition), {@code progressAt} its last report.
 */
public record RebuildRun(UUID id, Status status, String requestedBy, Instant requestedAt, String worker, Long lag,
        Instant progressAt, Instant finishedAt, String note) {

    public enum Status {
        RUNNING, DONE, CANCELLED, FAILED
    }
}
