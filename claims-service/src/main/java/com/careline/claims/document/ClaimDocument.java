package com.careline.claims.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;

/** A document of a claim, without its bytes ({@link DocumentContent}). */
@Entity
@Table(name = "claim_document")
public class ClaimDocument {

    @Id
    private UUID id;
    @Column(name = "claim_id")
    private UUID claimId;
    @Enumerated(EnumType.STRING)
    private DocumentType type;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    private long size;
    private String sha256;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "rejected_by")
    private String rejectedBy;
    @Column(name = "rejected_at")
    private Instant rejectedAt;

    protected ClaimDocument() {
    }

    public static ClaimDocument receive(UUID claimId, DocumentType type, String fileName, String contentType,
            long size, String sha256, String by, Instant at) {
        ClaimDocument d = new ClaimDocument();
        d.id = TimeOrderedIds.next();
        d.claimId = claimId;
        d.type = type;
        d.fileName = fileName;
        d.contentType = contentType;
        d.size = size;
        d.sha256 = sha256;
        d.status = DocumentStatus.RECEIVED;
        d.uploadedBy = by;
        d.uploadedAt = at;
        return d;
    }

    public void reject(String reason, String by, Instant at) {
        if (status == DocumentStatus.REJECTED) {
            throw new Conflict("document " + id + " is already rejected");
        }
        status = DocumentStatus.REJECTED;
        rejectReason = reason;
        rejectedBy = by;
        rejectedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID claimId() {
        return claimId;
    }

    public DocumentType type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public DocumentStatus status() {
        return status;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }
}
