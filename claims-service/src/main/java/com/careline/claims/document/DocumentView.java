package com.careline.claims.document;

import java.time.Instant;
import java.util.UUID;

/** A document as listed: what it is and who handled it, never its bytes. */
public record DocumentView(UUID id, UUID claimId, DocumentType type, String fileName, String contentType, long size,
        String sha256, DocumentStatus status, String rejectReason, String uploadedBy, Instant uploadedAt,
        String rejectedBy, Instant rejectedAt) {

    public static DocumentView from(ClaimDocument d) {
        return new DocumentView(d.id(), d.claimId(), d.type(), d.fileName(), d.contentType(), d.size(), d.sha256(),
                d.status(), d.rejectReason(), d.uploadedBy(), d.uploadedAt(), d.rejectedBy(), d.rejectedAt());
    }
}
