package com.careline.inquiry.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Topics;
import com.careline.platform.timeline.CaseJournal;

/** The platform's journal (timeline + outbox) bound to inquiries and their topic. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InquiryJournal {

    private final CaseJournal journal;

    InquiryJournal(CaseJournal journal) {
        this.journal = journal;
    }

    public void record(Inquiry inquiry, String actor, String action, String detail, String eventType, Object data) {
        journal.record(Topics.INQUIRY_EVENTS, inquiry.id().toString(), inquiry.correlationId(), actor, action, detail,
                eventType, data);
    }
}
