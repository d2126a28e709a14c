package com.careline.claims.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/**
 * 001: a year after a claim is settled (paid, and its recovery settled if one was filed), the claimant's name,
 * phone and texts go, and so do its documents' contents and file names; type, amounts, dates, the document
 * list (type, size, checksum) and the recovery's counterparty stay.
 */
@Singleton
public class ClaimPersonalData extends CaseTable {

    ClaimPersonalData(EntityManager em) {
        super(em, "claim", "claim", "case when c.status = 'PAID' and coalesce(c.recovery_status, 'SETTLED') = 'SETTLED'"
                + " then greatest(c.paid_at, coalesce(c.recovery_settled_at, c.paid_at)) end",
                "claimant = null, phone = null, description = null, answer_note = null");
    }

    @Override
    protected void eraseMore(List<UUID> caseIds, Instant at) {
        em.createNativeQuery("""
                delete from claim_document_content where document_id in
                    (select id from claim_document where claim_id in (:ids))""")
                .setParameter("ids", caseIds).executeUpdate();
        em.createNativeQuery("update claim_document set file_name = " + ERASED + ", reject_reason = null"
                + " where claim_id in (:ids)").setParameter("ids", caseIds).executeUpdate();
    }
}
