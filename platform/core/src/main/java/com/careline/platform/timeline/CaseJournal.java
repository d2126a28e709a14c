package com.careline.platform.timeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.EventsConfig;
import com.careline.platform.events.OutgoingEvent;
import com.careline.platform.events.Topics;
import com.careline.platform.outbox.Outbox;

/**
 * Every change of a case is written twice in its transaction: a line on the timeline for the people
 * following the case, an event in the outbox for the other services, on this service's topic
 * ({@code careline.events.domain}). The one journal of every service's cases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseJournal {

    private final Timeline timeline;
    private final Outbox outbox;
    private final EventsConfig events;

    CaseJournal(Timeline timeline, Outbox outbox, EventsConfig events) {
        this.timeline = timeline;
        this.outbox = outbox;
        this.events = events;
    }

    /** Records {@code action} on {@code c}'s timeline and stages its event. */
    public void record(JournaledCase c, String actor, String action, String detail, String eventType, Object data) {
        record(new Entry(c, actor, action, detail, eventType, data));
    }

    /** Records one change built as an {@link Entry}: its timeline line, and its event staged by Hibernate. */
    public void record(Entry e) {
        timeline.record(e.caseId(), e.actor(), e.action(), e.detail());
        outbox.stage(topic(), e.eventType(), e.caseId(), e.correlationId(), e.data());
    }

    /** A change to record with {@link #recordAll}: its timeline line and its event. */
    public record Entry(String caseId, String correlationId, String actor, String action, String detail,
            String eventType, Object data) {

        public Entry(JournaledCase c, String actor, String action, String detail, String eventType, Object data) {
            this(c.id().toString(), c.correlationId(), actor, action, detail, eventType, data);
        }
    }

    /**
     * Records many changes with two statements (timeline, outbox), in their order: for a consumer that changes
     * many cases in one transaction. A case's changes go all through here or all through {@link #record}.
     */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Timeline.Line> lines = new ArrayList<>(entries.size());
        List<OutgoingEvent> staged = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            lines.add(new Timeline.Line(e.caseId(), e.actor(), e.action(), e.detail()));
            staged.add(outbox.event(e.eventType(), e.caseId(), e.correlationId(), e.data()));
        }
        timeline.recordAll(lines);
        outbox.stageAll(topic(), staged);
    }

    private String topic() {
        return Topics.forDomain(events.domain().orElseThrow(() -> new IllegalStateException(
                "careline.events.domain is not set, so this service's cases have no topic")));
    }
}
