package com.careline.claims.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimOrigin;
import io.quarkus.runtime.Startup;

/** The checklist of a claim as its documents stand. Built at startup so a misspelt document name fails the boot. */
@Startup
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Checklists {

    private final DocumentChecklist checklist;
    private final DocumentRepository documents;

    Checklists(DocumentConfig config, DocumentRepository documents) {
        this.checklist = DocumentChecklist.from(config);
        this.documents = documents;
    }

    public DocumentChecklist.Status of(Claim claim) {
        var received = documents.ofClaim(claim.id()).stream()
                .filter(d -> d.status() == DocumentStatus.RECEIVED).map(ClaimDocument::type).toList();
        if (claim.origin() == ClaimOrigin.COMPLAINT_COMPENSATION) {
            // its amount was authorised on the complaint (003): no document stands between it and the payment
            return DocumentChecklist.noneRequired(received);
        }
        return checklist.status(claim.type(), claim.isInsured(), received);
    }
}
