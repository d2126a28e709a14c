package com.careline.platform.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.probe.ProbeConsumer;
import com.careline.platform.testing.EventTap;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Events for the probe consumer and what became of them, read from its database. */
@ApplicationScoped
class ConsumptionFixture {

    static final String TOPIC = Topics.REVISIT_EVENTS;

    private final EntityManager em;
    private final EventTap events;

    ConsumptionFixture(EntityManager em, EventTap events) {
        this.em = em;
        this.events = events;
    }

    static EventEnvelope event(String subject, Map<String, Object> data) {
        return EventCodec.envelope("revisit.completed", "careline/test", subject, "corr-" + subject, Instant.now(), data);
    }

    static String subject() {
        return "case-" + UUID.randomUUID();
    }

    void send(EventEnvelope... envelopes) {
        for (EventEnvelope e : envelopes) {
            events.send(TOPIC, e);
        }
    }

    long effects(UUID eventId) {
        return count("select count(*) from probe_effect where event_id = :v", eventId);
    }

    long effects(String subject) {
        return count("select count(*) from probe_effect where subject = :v", subject);
    }

    long inboxed(UUID eventId) {
        return count("select count(*) from inbox_event where event_id = :v", eventId);
    }

    /** The event ids of a case's effects, in the order they were applied. */
    @SuppressWarnings("unchecked")
    List<UUID> appliedOrder(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_id from probe_effect where subject = :s order by applied").setParameter("s", subject)
                .getResultList());
    }

    /** The probe's parked rows for {@code eventId} (one at most). */
    java.util.Optional<ParkedEvent> parked(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + ParkedEvent.COLUMNS
                    + " from parked_event where consumer = :c and event_id = :e").setParameter("c", ProbeConsumer.CONSUMER)
                    .setParameter("e", eventId).getResultList();
            return rows.stream().findFirst().map(ParkedEvent::of);
        });
    }

    java.util.Optional<ParkedEvent> parkedByKey(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + ParkedEvent.COLUMNS
                    + " from parked_event where consumer = :c and record_key = :k order by seq limit 1")
                    .setParameter("c", ProbeConsumer.CONSUMER).setParameter("k", key).getResultList();
            return rows.stream().findFirst().map(ParkedEvent::of);
        });
    }

    long parkedRows(String subject) {
        return count("select count(*) from parked_event where subject = :v", subject);
    }

    void switchOn(String name) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into probe_switch (name) values (:n)").setParameter("n", name).executeUpdate());
    }

    /** The copies of {@code parkedId} on the dead-letter topic. */
    List<EventTap.Record> deadLetters(UUID parkedId) {
        return events.records(Topics.deadLetter(TOPIC)).stream()
                .filter(r -> parkedId.toString().equals(r.headers().get("careline-parked-id"))).toList();
    }

    private long count(String sql, Object value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("v", value).getSingleResult()).longValue());
    }
}
