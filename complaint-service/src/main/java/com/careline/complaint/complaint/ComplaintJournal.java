package com.careline.complaint.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Topics;
import com.careline.platform.timeline.CaseJournal;

/** The platform's journal (timeline + outbox) bound to complaints and their topic. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintJournal {

    private final CaseJournal journal;

    ComplaintJournal(CaseJournal journal) {
        this.journal = journal;
    }

    public void record(Complaint complaint, String actor, String action, String detail, String eventType, Object data) {
        journal.record(Topics.COMPLAINT_EVENTS, complaint.id().toString(), complaint.correlationId(), actor, action,
                detail, eventType, data);
    }
}
