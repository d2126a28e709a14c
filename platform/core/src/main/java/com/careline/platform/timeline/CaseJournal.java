package com.careline.platform.timeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.EventEnvelope;
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

    /** A change to record with {@link #recordAll}: its timeline line and its event. */
    public record Entry(String caseId, String correlationId, String actor, String action, String detail,
            String eventType, Object data) {
    }

    /**
     * Records many changes with two statements (timeline, outbox), in their order: for a consumer that changes
     * many cases in one transaction. A case's changes go all through here or all through {@link #record}.
     */
    public void recordAll(String topic, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Timeline.Line> lines = new ArrayList<>(entries.size());
        List<EventEnvelope> events = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            lines.add(new Timeline.Line(e.caseId(), e.actor(), e.action(), e.detail()));
            events.add(outbox.envelope(e.eventType(), e.caseId(), e.correlationId(), e.data()));
        }
        timeline.recordAll(lines);
        outbox.stageAll(topic, events);
    }
}
