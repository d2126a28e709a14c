package com.careline.reporting.rebuild;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.errors.Conflict;
import com.careline.platform.events.Channels;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Rebuilds the read models from the beginning of the topics: empties them, the reporting consumers' inbox
 * and their open parked records in one transaction, then moves every consumer of every channel (one per
 * {@code concurrency} copy) back to the first offset of its partitions. Messages handled meanwhile are in
 * the new inbox, so the replay skips them: nothing is counted twice; the {@link ReplayGate} keeps records
 * fetched before the move from being applied ahead of the replay. Preventive measures are not derived from
 * events and are kept.
 *
 * <p>Open parked records (parked, held) are dropped with the read models: the replay comes to their events
 * again and parks or holds them afresh, in order; had they stayed, every event of their case would be held
 * behind them, the earlier ones too. Resolved ones stay, so an event ops discarded stays discarded.
 */
@ApplicationScoped
public class Rebuild {

    static final List<String> READ_MODELS = List.of(
            "complaint_fact", "complaint_monthly", "complaint_customer_monthly", "complaint_escalation",
            "complaint_registrations", "revisit_outcome", "claim_fact", "claim_payment", "inquiry_fact", "shipment_delay", "shipment_exception_daily");
    static final List<String> CHANNELS = List.of(Channels.COMPLAINT_EVENTS, Channels.REVISIT_EVENTS, Channels.CLAIM_EVENTS,
            Channels.INQUIRY_EVENTS, Channels.SHIPMENT_EVENTS);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SOLE_POD_WAIT = Duration.ofSeconds(10);

    private final EntityManager em;
    private final KafkaClientService kafka;
    private final ReplayGate gate;
    private final Guard solePod = Guard.create().withRetry()
            .maxRetries(-1).delay(500, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
            .maxDuration(SOLE_POD_WAIT.toMillis(), ChronoUnit.MILLIS).retryOn(SharedPartitions.class)
            .done().build();

    Rebuild(EntityManager em, KafkaClientService kafka, ReplayGate gate) {
        this.em = em;
        this.kafka = kafka;
        this.gate = gate;
    }

    public synchronized RebuildStarted start() {
        List<KafkaConsumer<Object, Object>> consumers = consumers();
        awaitSolePod(consumers);
        gate.close(WAIT);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("truncate " + String.join(", ", READ_MODELS)).executeUpdate();
                em.createNativeQuery("delete from inbox_event where consumer like 'reporting.%'").executeUpdate();
                em.createNativeQuery("delete from parked_event where consumer like 'reporting.%'"
                        + " and status in ('WAITING', 'PARKED', 'HELD')").executeUpdate();
            });
        } finally {
            // all at once, each consumer between two of its polls; even when the read models could not be
            // emptied: the records the gate dropped meanwhile must come again
            java.util.function.Consumer<Consumer<Object, Object>> rewind = this::rewind;
            List<CompletableFuture<Void>> rewinds = consumers.stream()
                    .map(c -> c.runOnPollingThread(rewind).subscribeAsCompletionStage()).toList();
            RuntimeException failed = null;
            for (int i = 0; i < rewinds.size(); i++) {
                try {
                    rewinds.get(i).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException | ExecutionException | TimeoutException e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    Log.errorf(e, "rebuild: consumer %s could not be moved back; its partitions are not replayed",
                            consumers.get(i).configuration().get("client.id"));
                    failed = failed == null ? new IllegalStateException("a consumer could not be moved back", e) : failed;
                }
            }
            gate.open();
            if (failed != null) {
                throw failed;
            }
        }
        Log.infof("read models %s emptied; channels %s replay from the beginning (%d consumers)", READ_MODELS,
                CHANNELS, consumers.size());
        return new RebuildStarted(READ_MODELS, CHANNELS);
    }

    /** On the consumer's polling thread, between two polls. */
    private void rewind(Consumer<Object, Object> consumer) {
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, Long> fetchedUpTo = new HashMap<>();
        partitions.forEach(p -> fetchedUpTo.put(p, consumer.position(p)));
        consumer.beginningOffsets(partitions).forEach((p, beginning) -> {
            consumer.seek(p, beginning);
            gate.rewound(p, beginning, fetchedUpTo.get(p));
        });
    }

    /**
     * Only this pod's consumers are moved back: with another pod in the group, its partitions would not be
     * replayed into the emptied read models. So every partition of every topic must be assigned here; a
     * rebalance in progress is waited for, by Fault Tolerance's retry (every 0.5 s, for {@link #SOLE_POD_WAIT}).
     */
    private void awaitSolePod(List<KafkaConsumer<Object, Object>> consumers) {
        try {
            solePod.call(() -> {
                checkSolePod(consumers);
                return null;
            }, Void.class);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Other pods consume some partitions of the channels' topics. */
    static final class SharedPartitions extends Conflict {
        SharedPartitions(String reason) {
            super(reason);
        }
    }

    private static void checkSolePod(List<KafkaConsumer<Object, Object>> consumers) {
        Map<String, Integer> assigned = new HashMap<>();
        Map<String, Integer> partitions = new HashMap<>();
        for (KafkaConsumer<Object, Object> consumer : consumers) {
            java.util.function.Function<Consumer<Object, Object>, Map<String, int[]>> count = c -> {
                Map<String, int[]> counts = new HashMap<>();
                c.assignment().forEach(p -> counts.computeIfAbsent(p.topic(),
                        t -> new int[] {0, c.partitionsFor(t).size()})[0]++);
                return counts;
            };
            consumer.runOnPollingThread(count).await().atMost(WAIT).forEach((topic, n) -> {
                assigned.merge(topic, n[0], Integer::sum);
                partitions.put(topic, n[1]);
            });
        }
        List<String> shared = new ArrayList<>();
        partitions.forEach((topic, n) -> {
            if (assigned.get(topic) < n) {
                shared.add(topic + " (" + assigned.get(topic) + " of " + n + " partitions here)");
            }
        });
        if (partitions.size() != CHANNELS.size() || !shared.isEmpty()) {
            throw new SharedPartitions("other pods consume " + (shared.isEmpty() ? "some topics"
                    : String.join(", ", shared)) + ": scale reporting-service to one pod, then rebuild");
        }
    }

    /** Every Kafka consumer of the channels: with {@code concurrency=n} a channel has n, named {@code channel$i}. */
    private List<KafkaConsumer<Object, Object>> consumers() {
        List<KafkaConsumer<Object, Object>> consumers = new ArrayList<>();
        for (String channel : CHANNELS) {
            List<KafkaConsumer<Object, Object>> ofChannel = new ArrayList<>();
            for (String name : kafka.getConsumerChannels()) {
                if (name.equals(channel) || name.startsWith(channel + "$")) {
                    ofChannel.addAll(kafka.<Object, Object>getConsumers(name));
                }
            }
            if (ofChannel.isEmpty()) {
                throw new Conflict("channel " + channel + " has no consumer yet; try the rebuild again later");
            }
            consumers.addAll(ofChannel);
        }
        return consumers;
    }

    public record RebuildStarted(List<String> emptied, List<String> replaying) {
    }
}
