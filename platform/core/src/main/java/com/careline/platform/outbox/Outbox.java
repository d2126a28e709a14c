package com.careline.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.batch.Rows;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventsConfig;
import com.careline.platform.events.OutgoingEvent;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.tracing.Traces;

/**
 * Stages events in the caller's transaction: the case change and its event commit together or not at
 * all. Publishing is the {@link OutboxRelay}'s job; no service talks to Kafka itself.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final OutboxConfig config;
    private final EventsConfig events;
    private final Clock clock;
    private final Traces traces;

    Outbox(EntityManager em, OutboxConfig config, EventsConfig events, Clock clock, Traces traces) {
        this.em = em;
        this.config = config;
        this.events = events;
        this.clock = clock;
        this.traces = traces;
    }

    /**
     * Stages {@code event} for {@code topic}; must run inside the transaction of the change it reports. The row
     * keeps the trace context it was staged in, which the relay sends as the record's headers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingEvent stage(String topic, OutgoingEvent event) {
        em.persist(new OutboxEvent(event.id(), topic, event.subject(), event.type(), lane(event.subject()),
                EventCodec.encode(event), traces.stagedWith(event.correlationId(), event.subject()),
                clock.instant()));
        return event;
    }

    /**
     * Stages {@code staged} for {@code topic} with one statement, in their order: for a consumer that
     * changes many cases in one transaction. These rows are written at once, those of {@link #stage} when
     * Hibernate flushes; an event staged here after one staged there for the same case would be published
     * first, so stage a case's events of one transaction one way (or flush in between).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stageAll(String topic, List<OutgoingEvent> staged) {
        Instant now = clock.instant();
        String headers = traces.currentHeaders();
        Rows rows = new Rows(8);
        for (OutgoingEvent event : staged) {
            rows.add(event.id(), topic, event.subject(), event.type(),
                    lane(event.subject()), EventCodec.encode(event), headers, now);
        }
        rows.execute(em, """
                insert into outbox_event (id, topic, subject, type, lane, payload, headers, created_at)
                select id, topic, subject, type, lane, payload, headers, created_at
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[],
                    ?::timestamptz[])
                    with ordinality as t(id, topic, subject, type, lane, payload, headers, created_at, n)
                order by n""");
    }

    /** Builds an event as {@link #stage(String, String, String, String, Object)} does, without staging it. */
    public OutgoingEvent event(String type, String subject, String correlationId, Object data) {
        return EventCodec.outgoing(type, events.source(), subject, correlationId, clock.instant(), data);
    }

    /**
     * Stages a record that is not an event of this service, as it is, with its headers: a parked record's
     * copy for {@code <topic>.dlq}. {@code key} may be null; {@code type} names the row for inspection.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stageRecord(String topic, String key, String type, String payload, Map<String, String> headers) {
        String subject = key == null ? "" : key;
        em.persist(new OutboxEvent(TimeOrderedIds.next(), topic, subject, type, lane(subject), payload,
                EventCodec.tree(headers).toString(), clock.instant()));
    }

    /** Builds the event (this service as source, time from the clock) and stages it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutgoingEvent stage(String topic, String type, String subject, String correlationId, Object data) {
        return stage(topic, event(type, subject, correlationId, data));
    }

    /** The relay lane of a subject: a case's rows share one, so the relay publishes them in their order. */
    private int lane(String subject) {
        return Math.floorMod(subject.hashCode(), config.lanes());
    }
}
