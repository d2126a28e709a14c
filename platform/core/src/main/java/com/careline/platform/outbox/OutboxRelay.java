package com.careline.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.EventCodec;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes staged events to Kafka and marks them sent.
 *
 * <p>Safe with any number of instances: a lane is published by whoever holds its transaction-scoped
 * advisory lock, the others skip it (the equivalent of {@code SKIP LOCKED} that also keeps a case's events
 * in staging order, which row-level skipping cannot). A batch is marked sent only once the broker has
 * acknowledged every record (acks=all, idempotent producer); a crash in between publishes the batch again,
 * and consumers drop the repeats through their inbox.
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

    OutboxRelay(EntityManager em, OutboxConfig config, Clock clock,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.kafkaConfig = kafkaConfig;
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, topic, subject, payload, headers from outbox_event
                where sent_at is null and lane = :lane order by seq limit :limit""")
                .setParameter("lane", lane).setParameter("limit", config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<UUID> ids = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add((UUID) row[0]);
            acks.add(producer().send(record((String) row[1], (String) row[2], (String) row[3], (String) row[4])));
        }
        awaitAcks(acks);
        em.createNativeQuery("update outbox_event set sent_at = :now where id in (:ids)")
                .setParameter("now", clock.instant()).setParameter("ids", ids).executeUpdate();
        return rows.size();
    }

    /** An event is keyed by its subject; a staged record of another kind may have no key, and has headers. */
    private static ProducerRecord<String, String> record(String topic, String subject, String payload, String headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject.isEmpty() ? null : subject, payload);
        if (headers != null) {
            EventCodec.readTree(headers).fields().forEachRemaining(h -> record.headers()
                    .add(h.getKey(), h.getValue().asText().getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    private static void awaitAcks(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge the batch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
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
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
