package com.careline.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Topics;
import com.careline.platform.timeline.CaseJournal;

/** The platform's journal (timeline + outbox) bound to claims and their topic. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClaimJournal {

    private final CaseJournal journal;

    ClaimJournal(CaseJournal journal) {
        this.journal = journal;
    }

    public void record(Claim claim, String actor, String action, String detail, String eventType, Object data) {
        journal.record(Topics.CLAIM_EVENTS, claim.id().toString(), claim.correlationId(), actor, action, detail,
                eventType, data);
    }
}
