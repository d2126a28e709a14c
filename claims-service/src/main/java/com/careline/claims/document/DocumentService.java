package com.careline.claims.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimService;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.logging.Log;

/**
 * Documents in and out. Receiving the last required document moves the claim to headquarters in the
 * same transaction (000), so a claim is never complete and still with the branch.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    /** A received file: the multipart part as the server stored it on disk, not read yet. */
    public record Upload(String type, String fileName, String contentType, long size, Path file) {
    }

    /** The bytes of a document and how to serve them. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    private final ClaimService claims;
    private final DocumentRepository documents;
    private final Checklists checklists;
    private final CaseJournal journal;
    private final DocumentFiles files;
    private final StageCheck stages;
    private final CurrentUser user;
    private final Clock clock;

    DocumentService(ClaimService claims, DocumentRepository documents, Checklists checklists, CaseJournal journal,
            DocumentConfig config, StageCheck stages, CurrentUser user, Clock clock) {
        this.claims = claims;
        this.documents = documents;
        this.checklists = checklists;
        this.journal = journal;
        this.files = new DocumentFiles(config.allowedContentTypes().stream().map(String::toLowerCase).toList(),
                config.maxSize().asLongValue());
        this.stages = stages;
        this.user = user;
        this.clock = clock;
    }

    public DocumentView upload(UUID claimId, Upload upload) {
        DocumentType type = typeOf(upload.type());
        if (upload.file() == null) {
            throw new InvalidRequest("file", "is required");
        }
        files.checkSize(upload.size());
        byte[] bytes = read(upload);
        String contentType = files.check(upload.contentType(), bytes);
        Claim c = claims.visibleLocked(claimId);
        String sha256 = DocumentFiles.sha256(bytes);
        // the same file again as the same document (a retried upload) is the document already received
        var same = documents.ofClaim(c.id()).stream().filter(d -> d.type() == type && d.sha256().equals(sha256)
                && d.status() != DocumentStatus.REJECTED).findFirst();
        if (same.isPresent()) {
            return DocumentView.from(same.get());
        }
        var now = clock.instant();
        String fileName = upload.fileName() == null || upload.fileName().isBlank() ? type.name().toLowerCase()
                : upload.fileName().strip();
        var document = ClaimDocument.receive(c.id(), type, fileName.length() > 255 ? fileName.substring(0, 255)
                : fileName, contentType, bytes.length, sha256, user.id(), now);
        documents.persist(document);
        documents.store(new DocumentContent(document.id(), bytes));
        documents.flush();
        journal.record(c, user.id(), "document-received", type + " " + document.fileName() + " ("
                + document.size() + " bytes)", ClaimEvents.DOCUMENT_RECEIVED, new ClaimEvents.DocumentReceived(c.id(),
                        c.number(), c.branch(), document.id(), type.name(), document.fileName(), contentType,
                        document.size(), document.sha256(), user.id(), now));
        moveWhenComplete(c);
        return DocumentView.from(document);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> list(UUID claimId) {
        return documents.ofClaim(claims.visible(claimId).id()).stream().map(DocumentView::from).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID claimId, UUID documentId) {
        ClaimDocument d = documentOf(claims.visible(claimId), documentId);
        byte[] bytes = documents.content(d.id());
        if (bytes.length == 0 && d.size() > 0) {
            throw new NotFound("content of document (erased by the retention, 001)", documentId);
        }
        return new Download(d.fileName(), d.contentType(), bytes);
    }

    public DocumentView reject(UUID claimId, UUID documentId, String reason) {
        Claim c = claims.visibleLocked(claimId);
        ClaimDocument d = documentOf(c, documentId);
        var now = clock.instant();
        d.reject(reason, user.id(), now);
        journal.record(c, user.id(), "document-rejected", d.type() + " " + d.fileName() + ": " + reason,
                ClaimEvents.DOCUMENT_REJECTED, new ClaimEvents.DocumentRejected(c.id(), c.number(), c.branch(), d.id(),
                        d.type().name(), reason, user.id(), now));
        documents.flush(); // the checklist reads the rejection
        stages.returnIfIncomplete(c);
        return DocumentView.from(d);
    }

    private void moveWhenComplete(Claim c) {
        DocumentChecklist.Status checklist = checklists.of(c);
        var now = clock.instant();
        if (!checklist.isComplete() || !c.moveToHeadquarters(now)) {
            return;
        }
        journal.record(c, user.id(), "documents-complete", "required: " + checklist.required(),
                ClaimEvents.DOCUMENTS_COMPLETE, new ClaimEvents.DocumentsComplete(c.id(), c.number(), c.branch(),
                        checklist.required().stream().map(Enum::name).toList(), now));
        journal.record(c, user.id(), "moved-to-headquarters", "documents complete; headquarters owns the claim",
                ClaimEvents.MOVED_TO_HEADQUARTERS, new ClaimEvents.MovedToHeadquarters(c.id(), c.number(), c.branch(),
                        now));
        Log.infof("claim %s documents complete, moved to headquarters, correlation %s", c.number(), c.correlationId());
    }

    private ClaimDocument documentOf(Claim c, UUID documentId) {
        ClaimDocument d = documents.findById(documentId);
        if (d == null || !d.claimId().equals(c.id())) {
            throw new NotFound("document of claim " + c.number(), documentId);
        }
        return d;
    }

    private static DocumentType typeOf(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequest("type", "is required");
        }
        try {
            return DocumentType.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("type", "must be one of " + String.join(", ",
                    java.util.Arrays.stream(DocumentType.values()).map(Enum::name).toList()));
        }
    }

    private static byte[] read(Upload upload) {
        try {
            return Files.readAllBytes(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("upload of " + upload.fileName() + " cannot be read", e);
        }
    }
}
