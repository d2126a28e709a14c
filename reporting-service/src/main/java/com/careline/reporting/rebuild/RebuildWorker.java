package com.careline.reporting.rebuild;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.reporting.rebuild.RebuildRun.Status;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;

/**
 * Fills a rebuild run on whichever pod takes it ({@link Claim}): its own consumer group, named after the run,
 * reads every topic from its first record and applies it through the same projections into the run's schema
 * ({@link IntoSchema}), while the live consumers go on with the live tables. Once it is at most
 * {@link RebuildConfig#swapLag} records behind, it pauses the live projections, reads to the ends the topics
 * had then and swaps its tables in, in one transaction. The group's committed offsets and the schema's inbox
 * let a pod take a run up again after another went away, counting nothing twice.
 */
@ApplicationScoped
class RebuildWorker {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS = Duration.ofSeconds(1);

    private final RebuildRuns runs;
    private final RebuildSchema schema;
    private final Topics topics;
    private final EventConsumption consumption;
    private final EntityManager em;
    private final DataSource dataSource;
    private final RebuildConfig config;
    private final Clock clock;
    private final String worker = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("reporting-service");
    private volatile Thread filling;
    private volatile boolean stopping;

    RebuildWorker(RebuildRuns runs, RebuildSchema schema, Topics topics, EventConsumption consumption,
            EntityManager em, DataSource dataSource, RebuildConfig config, Clock clock) {
        this.runs = runs;
        this.schema = schema;
        this.topics = topics;
        this.consumption = consumption;
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    static String group(UUID run) {
        return "reporting-rebuild-" + run;
    }

    /** Takes up a run no pod fills: a new one, or one whose pod went away. */
    @Scheduled(every = "${careline.rebuild.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        Thread current = filling;
        if (stopping || current != null && current.isAlive()) {
            return;
        }
        try {
            Optional<RebuildRun> run = QuarkusTransaction.requiringNew().call(runs::running);
            Optional<Claim> claim = run.isEmpty() ? Optional.empty() : Claim.take(dataSource, run.get().id());
            if (claim.isPresent()) {
                filling = new Thread(() -> fill(claim.get()), "reporting-rebuild");
                filling.setDaemon(true);
                filling.start();
            }
        } catch (SQLException | RuntimeException e) {
            Log.warnf("rebuild: could not look for a run to fill: %s", e.getMessage());
        }
    }

    private void fill(Claim claim) {
        UUID run = claim.run();
        Status ended = null;
        String note = null;
        try (claim) {
            schema.prepare(run);
            Log.infof("rebuild %s: filling %s from %s (from their beginning, or where the run's group stands)", run, RebuildSchema.of(run),
                    topics.byTopic().keySet());
            try (KafkaConsumer<String, String> consumer = topics.consumer(group(run))) {
                Map<String, EventHandler> handlers = new HashMap<>();
                topics.byTopic().forEach((topic, live) -> handlers.put(topic, new IntoSchema(live, em, RebuildSchema.of(run))));
                Beginnings beginnings = new Beginnings(consumer);
                consumer.subscribe(handlers.keySet(), beginnings);
                ended = read(claim, consumer, handlers, beginnings);
            } catch (HistoryGone | OffsetOutOfRangeException e) {
                ended = Status.FAILED;
                note = "the topics no longer hold the whole history: " + e.getMessage();
            }
            if (ended == Status.FAILED) {
                String failure = note;
                QuarkusTransaction.requiringNew().run(() -> runs.finish(run, Status.FAILED, failure));
            }
        } catch (Exception e) {
            Log.errorf(e, "rebuild %s stopped on this pod; it is taken up again where it stands", run);
            return;
        }
        if (ended != null) {
            Log.infof("rebuild %s: %s%s", run, ended, note == null ? "" : " (" + note + ")");
            schema.drop(run);
            topics.deleteGroup(group(run));
        }
    }

    /** Reads until the run is swapped in (DONE), cancelled or failed; null when the pod stops. */
    private Status read(Claim claim, KafkaConsumer<String, String> consumer, Map<String, EventHandler> handlers,
            Beginnings beginnings) throws SQLException {
        // paced by the machine's time, not by the injected clock, which tests hold still
        long next = System.nanoTime();
        while (!stopping) {
            if (System.nanoTime() - next >= 0) {
                Long lag = lag(consumer);
                if (!claim.progress(worker, lag, clock.instant())) {
                    return Status.CANCELLED;
                }
                if (lag != null && lag <= config.swapLag() && swap(claim, consumer, handlers, beginnings)) {
                    return Status.DONE;
                }
                next = System.nanoTime() + PROGRESS.toNanos();
            }
            apply(consumer, handlers, beginnings);
        }
        return null;
    }

    /** With the live projections paused, reads to the ends the topics have and swaps; false to try again later. */
    private boolean swap(Claim claim, KafkaConsumer<String, String> consumer, Map<String, EventHandler> handlers,
            Beginnings beginnings) throws SQLException {
        if (!claim.pauseLive(config.swapWait())) {
            Log.infof("rebuild %s: a live projection kept the swap waiting over %s; trying again", claim.run(),
                    config.swapWait());
            return false;
        }
        try {
            Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
            long deadline = System.nanoTime() + config.swapWait().toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (stopping || System.nanoTime() - deadline > 0) {
                    return false;
                }
                apply(consumer, handlers, beginnings);
            }
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    schema.swapIn(claim.run(), topics.byTopic().values().stream().map(EventHandler::consumer).toList());
                    return runs.finish(claim.run(), Status.DONE, null);
                });
            } catch (RuntimeException e) { // a reader held a table past the lock timeout, the database went away
                Log.warnf("rebuild %s: swap failed (%s); trying again", claim.run(), e.getMessage());
                return false;
            }
        } finally {
            claim.resumeLive();
        }
    }

    /** One poll, applied and committed. */
    private void apply(KafkaConsumer<String, String> consumer, Map<String, EventHandler> handlers,
            Beginnings beginnings) {
        ConsumerRecords<String, String> records = consumer.poll(POLL);
        beginnings.check();
        if (records.isEmpty()) {
            return;
        }
        Map<String, Map<TopicPartition, List<ConsumerRecord<String, String>>>> byTopic = new HashMap<>();
        records.partitions().forEach(p -> byTopic.computeIfAbsent(p.topic(), t -> new HashMap<>())
                .put(p, records.records(p)));
        byTopic.forEach((topic, ofTopic) -> consumption.consume(handlers.get(topic), new ConsumerRecords<>(ofTopic, Map.of())));
        consumer.commitSync();
    }

    /** Records behind the topics' ends; null while partitions of the topics are assigned elsewhere. */
    private static Long lag(KafkaConsumer<String, String> consumer) {
        Set<TopicPartition> assigned = consumer.assignment();
        int partitions = consumer.subscription().stream().mapToInt(t -> consumer.partitionsFor(t).size()).sum();
        if (assigned.isEmpty() || assigned.size() < partitions) {
            return null;
        }
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(assigned).entrySet()) {
            lag += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        return lag;
    }

    /**
     * A partition the group has no offset for starts at its first record, which must be the topic's first:
     * a log that starts later lost events to retention, and the run fails rather than miss them.
     */
    private static final class Beginnings implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> consumer;
        private final List<String> gone = new ArrayList<>();

        Beginnings(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            for (TopicPartition p : partitions) {
                long beginning = beginnings.get(p);
                OffsetAndMetadata at = committed.get(p);
                if (at == null && beginning == 0) {
                    consumer.seek(p, 0);
                } else if (at == null || at.offset() < beginning) {
                    gone.add(p + " (starts at offset " + beginning + ")");
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        }

        void check() {
            if (!gone.isEmpty()) {
                throw new HistoryGone(String.join(", ", gone));
            }
        }
    }

    private static final class HistoryGone extends RuntimeException {
        HistoryGone(String partitions) {
            super(partitions);
        }
    }

    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        Thread current = filling;
        if (current != null) {
            current.join(Duration.ofSeconds(5).toMillis());
        }
    }
}
