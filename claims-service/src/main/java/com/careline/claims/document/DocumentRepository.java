package com.careline.claims.document;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<ClaimDocument, UUID> {

    /** Oldest first. */
    public List<ClaimDocument> ofClaim(UUID claimId) {
        return list("claimId = ?1 order by uploadedAt, id", claimId);
    }

    public void store(DocumentContent content) {
        getEntityManager().persist(content);
    }

    public byte[] content(UUID documentId) {
        DocumentContent content = getEntityManager().find(DocumentContent.class, documentId);
        return content == null ? new byte[0] : content.bytes();
    }
}
