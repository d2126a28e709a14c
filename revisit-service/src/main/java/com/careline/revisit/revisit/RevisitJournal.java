package com.careline.revisit.revisit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Topics;
import com.careline.platform.timeline.CaseJournal;

/** A revisit's change on its timeline and its event on careline.revisit.events, in the change's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RevisitJournal {

    private final CaseJournal journal;

    RevisitJournal(CaseJournal journal) {
        this.journal = journal;
    }

    public void record(Revisit r, String actor, String action, String detail, String eventType, Object data) {
        journal.record(Topics.REVISIT_EVENTS, r.id().toString(), r.correlationId(), actor, action, detail, eventType,
                data);
    }

    /** A change to record later with {@link #recordAll}, with the changes of many revisits at once. */
    public static CaseJournal.Entry entry(Revisit r, String actor, String action, String detail, String eventType,
            Object data) {
        return new CaseJournal.Entry(r.id().toString(), r.correlationId(), actor, action, detail, eventType, data);
    }

    public void recordAll(List<CaseJournal.Entry> entries) {
        journal.recordAll(Topics.REVISIT_EVENTS, entries);
    }
}
