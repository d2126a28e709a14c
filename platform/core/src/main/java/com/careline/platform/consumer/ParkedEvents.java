package com.careline.platform.consumer;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Topics;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.outbox.Outbox;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code parked_event} table: a consumer's records it could not act on, kept until replayed or
 * discarded. A record that becomes PARKED or HELD is also copied to {@code <topic>.dlq} through the outbox,
 * in the same transaction, with headers that say why and where it came from.
 */
@ApplicationScoped
class ParkedEvents {

    static final String REASON = "dead-letter-reason";

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final ConsumerConfig config;
    private final Config mpConfig;

    ParkedEvents(EntityManager em, Outbox outbox, Clock clock, ConsumerConfig config, Config mpConfig) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.mpConfig = mpConfig;
    }

    /**
     * Which of {@code subjects} have an open record for {@code consumer}. The rows are share-locked, so a
     * replay that is resolving one of them commits first and is seen resolved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> openSubjects(String consumer, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("""
                select subject from parked_event
                where consumer = :consumer and subject in (:subjects) and status in (:open) for share""")
                .setParameter("consumer", consumer).setParameter("subjects", subjects)
                .setParameter("open", ParkedStatus.OPEN).getResultList();
        return new HashSet<>(found);
    }

    /** Parks {@code d} (PARKED, or WAITING for a {@link Outcome#NOT_YET}); a redelivered record is parked once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void park(EventHandler handler, Delivery d, Outcome outcome, Throwable failure) {
        ParkedStatus status = outcome == Outcome.NOT_YET ? ParkedStatus.WAITING : ParkedStatus.PARKED;
        UUID id = insert(handler, d, status, reason(failure), failure.getClass().getName());
        if (id != null && status == ParkedStatus.PARKED) {
            deadLetter(id, handler.consumer(), group(handler), d, reason(failure), failure.getClass().getName(), false);
        }
        Log.warnf("%s: %s %s: %s", handler.consumer(), status == ParkedStatus.PARKED ? "parked" : "will retry later",
                d, reason(failure));
    }

    /** Holds {@code d} behind an open record of its case, in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    void hold(EventHandler handler, Delivery d) {
        String reason = "held behind an earlier event of " + d.subject() + " that is parked or waiting";
        UUID id = insert(handler, d, ParkedStatus.HELD, reason, null);
        if (id != null) {
            deadLetter(id, handler.consumer(), group(handler), d, reason, null, true);
        }
    }

    private UUID insert(EventHandler handler, Delivery d, ParkedStatus status, String reason, String exception) {
        UUID id = TimeOrderedIds.next();
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                insert into parked_event (id, consumer, consumer_group, kafka_topic, kafka_partition, kafka_offset,
                    record_key, subject, event_id, event_type, payload, status, reason, exception_class, attempts,
                    next_attempt_at, parked_at)
                values (:id, :consumer, :group, :topic, :partition, :offset, :key, :subject, :eventId, :type, :payload,
                    :status, :reason, :exception, 1, :next, :now)
                on conflict (consumer, kafka_topic, kafka_partition, kafka_offset) do nothing""")
                .setParameter("id", id).setParameter("consumer", handler.consumer())
                .setParameter("group", group(handler)).setParameter("topic", d.topic())
                .setParameter("partition", d.partition()).setParameter("offset", d.offset())
                .setParameter("key", storable(d.key())).setParameter("subject", storable(d.subject()))
                .setParameter("eventId", d.event() == null ? null : d.event().id())
                .setParameter("type", d.event() == null ? null : storable(d.event().type()))
                .setParameter("payload", storable(d.payload())).setParameter("status", status.name())
                .setParameter("reason", reason).setParameter("exception", exception)
                .setParameter("next", status == ParkedStatus.WAITING ? now.plus(config.notYet().delay()) : null)
                .setParameter("now", now).executeUpdate();
        return inserted == 1 ? id : null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<ParkedEvent> find(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + ParkedEvent.COLUMNS + " from parked_event where id = :id"
                + (lock ? " for update" : "")).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(ParkedEvent::of);
    }

    /** The oldest open record of a case: the one its later events wait for. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<ParkedEvent> head(String consumer, String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + ParkedEvent.COLUMNS + """
                 from parked_event where consumer = :consumer and subject = :subject and status in (:open)
                order by seq limit 1""").setParameter("consumer", consumer).setParameter("subject", subject)
                .setParameter("open", ParkedStatus.OPEN).getResultList();
        return rows.stream().findFirst().map(ParkedEvent::of);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void resolve(UUID id, ParkedStatus status, String by, String resolution) {
        em.createNativeQuery("""
                update parked_event set status = :status, resolved_at = :now, resolved_by = :by, resolution = :res,
                    next_attempt_at = null where id = :id""")
                .setParameter("status", status.name()).setParameter("now", clock.instant()).setParameter("by", by)
                .setParameter("res", resolution).setParameter("id", id).executeUpdate();
    }

    /**
     * A try of {@code row} failed again: a case not seen yet waits once more (doubling the delay) until its
     * tries are spent; anything else is parked, and copied to the dead-letter topic again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    ParkedStatus failedAgain(ParkedEvent row, Outcome outcome, Throwable failure) {
        int attempts = row.attempts() + 1;
        boolean wait = outcome == Outcome.NOT_YET && attempts < config.notYet().attempts();
        ParkedStatus status = wait ? ParkedStatus.WAITING : ParkedStatus.PARKED;
        String reason = reason(failure);
        if (!wait && outcome == Outcome.NOT_YET) {
            reason = "still not applicable after " + attempts + " tries: " + reason;
        }
        Instant next = wait ? clock.instant().plus(config.notYet().delay().multipliedBy(1L << Math.min(attempts - 1, 20)))
                : null;
        em.createNativeQuery("""
                update parked_event set status = :status, reason = :reason, exception_class = :exception,
                    attempts = :attempts, next_attempt_at = :next where id = :id""")
                .setParameter("status", status.name()).setParameter("reason", reason)
                .setParameter("exception", failure.getClass().getName()).setParameter("attempts", attempts)
                .setParameter("next", next).setParameter("id", row.id()).executeUpdate();
        if (status == ParkedStatus.PARKED) {
            deadLetter(row.id(), row.consumer(), row.consumerGroup(), row.delivery(), reason,
                    failure.getClass().getName(), false);
        }
        return status;
    }

    /** WAITING records whose next try is due, oldest first: (consumer, subject or null, id). */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Object[]> due(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select consumer, subject, id from parked_event where status = 'WAITING' and next_attempt_at <= :now
                order by next_attempt_at limit :limit""").setParameter("now", clock.instant())
                .setParameter("limit", limit).getResultList();
        return rows;
    }

    private void deadLetter(UUID id, String consumer, String group, Delivery d, String reason, String exception,
            boolean held) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REASON, reason);
        if (exception != null) {
            headers.put("dead-letter-exception-class-name", exception);
        }
        headers.put("dead-letter-topic", d.topic());
        headers.put("dead-letter-partition", Integer.toString(d.partition()));
        headers.put("dead-letter-offset", Long.toString(d.offset()));
        if (group != null) {
            headers.put("dead-letter-consumer-group", group);
        }
        headers.put("careline-consumer", consumer);
        headers.put("careline-parked-id", id.toString());
        headers.put("careline-held", Boolean.toString(held));
        headers.putAll(d.trace()); // the DLQ copy stays in the trace of the change that raised it
        outbox.stageRecord(Topics.deadLetter(d.topic()), storable(d.key()), held ? "held" : "parked",
                storable(d.payload() == null ? "" : d.payload()), headers);
    }

    private String group(EventHandler handler) {
        return mpConfig.getOptionalValue("mp.messaging.incoming." + handler.channel() + ".group.id", String.class)
                .orElse(null);
    }

    static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) + "…" : message;
    }

    /** PostgreSQL text cannot hold U+0000; a poison record may. */
    private static String storable(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
    }
}
