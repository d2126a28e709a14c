package com.careline.claims.document;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a document, in PostgreSQL ({@code bytea}): one database to back up and restore, and the
 * file commits or rolls back with its claim, so no file is ever orphaned or missing. Files are capped
 * (careline.claims.documents.max-size), which keeps this cheap.
 */
@Entity
@Table(name = "claim_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private UUID documentId;
    private byte[] bytes;

    protected DocumentContent() {
    }

    public DocumentContent(UUID documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }
}
