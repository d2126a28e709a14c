package com.careline.platform.events.complaint;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code complaint.registered}. Carries no personal data: consumers that need it ask the service. */
public record ComplaintRegistered(
        UUID complaintId,
        String number,
        String branch,
        String channel,
        String category,
        String owner,
        Instant receivedAt) {
}
