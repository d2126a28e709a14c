package com.careline.platform.outbox;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.batch.Rows;
import com.careline.platform.metrics.CachedCount;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hibernate.Session;

/**
 * Publishes staged events to Kafka and marks them sent.
 *
 * <p>Safe with any number of instances: a lane is published by whoever holds its transaction-scoped
 * advisory lock, the others skip it (the equivalent of {@code SKIP LOCKED} that also keeps a case's events
 * in staging order, which row-level skipping cannot). A batch is marked sent only once the broker has
 * acknowledged every record (acks=all, idempotent producer); a crash in between publishes the batch again,
 * and consumers drop the repeats through their inbox. A row the broker refuses for good is held
 * ({@link OutboxRecords}, {@code careline_outbox_held}, {@link OutboxResource}) and its case waits behind it,
 * instead of the whole lane being sent again every second for ever.
 */
@ApplicationScoped
public class OutboxRelay {

    /** First key of the advisory locks; the second is the lane number. */
    private static final int LOCK_SPACE = 0x0B0C_0001;
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final EntityManager em;
    private final OutboxConfig config;
    private final Clock clock;
    private final Map<String, Object> kafkaConfig;
    private volatile KafkaProducer<String, String> producer;

    private final CachedCount held;

    OutboxRelay(EntityManager em, OutboxConfig config, Clock clock,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
        this.held = new CachedCount(em,
                "select count(*) from outbox_event where held_at is not null and sent_at is null",
                Duration.ofSeconds(10));
        Gauge.builder("careline.outbox.held", held, CachedCount::get)
                .description("Staged rows the broker refused for good, holding their case's later events")
                .register(registry);
    }

    @Scheduled(every = "${careline.outbox.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // the broker or the database is away: the rows stay staged and the next tick retries
            Log.warnf("outbox relay: %s", e.getMessage());
        }
    }

    /** Publishes every lane this instance can lock; returns the number of events published. */
    public int publishPending() {
        int published = 0;
        for (int lane = 0; lane < config.lanes(); lane++) {
            int batch;
            do {
                int current = lane;
                batch = QuarkusTransaction.requiringNew().call(() -> publishLane(current));
                published += Math.max(batch, 0);
            } while (batch == config.batchSize());
        }
        return published;
    }

    /** One transaction: lock the lane or skip it, publish its oldest pending events, mark them sent. */
    private int publishLane(int lane) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:space, :lane)")
                .setParameter("space", LOCK_SPACE).setParameter("lane", lane).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        // the rows of a case with a held row wait behind it, in order; the other cases go on
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, topic, subject, payload, headers from outbox_event o
                where sent_at is null and held_at is null and lane = :lane
                and not exists (select 1 from outbox_event h where h.held_at is not null and h.sent_at is null
                    and h.lane = :lane and h.subject = o.subject)
                order by seq limit :limit""")
                .setParameter("lane", lane).setParameter("limit", config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<UUID> sent = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Set<String> heldSubjects = new HashSet<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String subject = (String) row[2];
            if (heldSubjects.contains(subject)) {
                continue; // behind a row of its case held in this batch: stays pending, in order
            }
            OutboxRecords.Prepared prepared = OutboxRecords.prepare((String) row[1], subject, (String) row[3],
                    (String) row[4], config.maxRecordBytes());
            if (prepared.refusal() != null) {
                hold(id, prepared.refusal());
                heldSubjects.add(subject);
                continue;
            }
            sent.add(id);
            acks.add(producer().send(prepared.record()));
        }
        List<UUID> refusedByBroker = awaitAcks(sent, acks);
        List<UUID> published = new ArrayList<>(sent);
        published.removeAll(new HashSet<>(refusedByBroker));
        if (!published.isEmpty()) {
            markSent(published);
        }
        return rows.size();
    }

    /**
     * One array parameter: the statement is the same for any batch, where {@code in (:ids)} is not. Planned at
     * each run ({@link Rows#planEachTime}): a generic plan made while the table was small would scan all of it.
     */
    private void markSent(List<UUID> ids) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement update = Rows.planEachTime(c.prepareStatement(
                    "update outbox_event set sent_at = ? where id = any(?::uuid[])"))) {
                update.setObject(1, now);
                update.setArray(2, c.createArrayOf("text", ids.stream().map(UUID::toString).toArray(String[]::new)));
                update.executeUpdate();
            }
        });
    }

    private void hold(UUID id, String reason) {
        em.createNativeQuery("update outbox_event set held_at = :now, held_reason = :reason where id = :id")
                .setParameter("now", clock.instant()).setParameter("reason", reason).setParameter("id", id)
                .executeUpdate();
        held.add(1);
        Log.warnf("outbox row %s held (its case's later events wait behind it): %s", id, reason);
    }

    /**
     * Waits for every acknowledgement. A record the broker refuses for good is held and returned; a transient
     * failure (the broker away, a timeout) fails the whole batch, which the next tick sends again. A producer
     * in a fatal state is dropped, and the next batch builds a new one.
     */
    private List<UUID> awaitAcks(List<UUID> ids, List<Future<RecordMetadata>> acks) {
        List<UUID> refused = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (OutboxRecords.fatalToProducer(e.getCause())) {
                    dropProducer();
                    throw new IllegalStateException("the producer failed for good, a new one takes over: "
                            + e.getCause(), e);
                }
                if (!OutboxRecords.refusedForGood(e.getCause())) {
                    throw new IllegalStateException("broker did not acknowledge the batch: " + e.getMessage(), e);
                }
                // the rows of its case after it in this batch went out already; later ones wait behind it
                hold(ids.get(i), "refused by the broker: " + e.getCause());
                refused.add(ids.get(i));
            } catch (TimeoutException e) {
                throw new IllegalStateException("broker did not acknowledge the batch in time", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing", e);
            }
        }
        return refused;
    }

    /** After ops released or discarded rows: the next read of the metric counts again. */
    void recount() {
        held.stale();
    }

    private synchronized void dropProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                Log.debugf("closing the failed producer: %s", e.getMessage());
            }
            producer = null;
        }
    }

    @Scheduled(every = "${careline.outbox.prune-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledPrune() {
        QuarkusTransaction.requiringNew().run(this::prune);
    }

    /** Deletes rows sent longer ago than the retention. */
    public int prune() {
        Instant cutoff = clock.instant().minus(config.retention());
        return em.createNativeQuery("delete from outbox_event where sent_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
                    props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "careline-outbox-relay");
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
