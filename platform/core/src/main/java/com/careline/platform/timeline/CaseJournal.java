package com.careline.platform.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.outbox.Outbox;

/**
 * Every change of a case is written twice in its transaction: a line on the timeline for the people
 * following the case, an event in the outbox for the other services.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseJournal {

    private final Timeline timeline;
    private final Outbox outbox;

    CaseJournal(Timeline timeline, Outbox outbox) {
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** Records {@code action} on case {@code caseId}'s timeline and stages its event on {@code topic}. */
    public void record(String topic, String caseId, String correlationId, String actor, String action, String detail,
            String eventType, Object data) {
        timeline.record(caseId, actor, action, detail);
        outbox.stage(topic, eventType, caseId, correlationId, data);
    }
}
