package com.careline.reporting.rebuild;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.errors.Conflict;
import io.quarkus.logging.Log;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Every poll of the reporting consumers passes here, so that a {@link Rebuild} never applies an event out of
 * order. A poll's records are hundreds, and more wait in the connector's queue: records fetched before
 * the consumers were moved back must not reach the emptied read models ahead of the earlier events of
 * their case. So a rebuild {@linkplain #close closes} the gate once no poll is being applied, every record
 * is then dropped (not applied, not recorded: the replay brings it again) until its partition has been
 * moved back ({@link #rewound}); after that, the records still fetched from before are dropped, and the
 * replay is let through from its first record on.
 *
 * <p>A record fetched before the move has an offset above the last one that reached the gate and below
 * the position the partition had been fetched up to; the replay starts at the partition's beginning,
 * which is at or below that last one (or is the beginning itself when nothing reached the gate yet).
 */
@ApplicationScoped
public class ReplayGate {

    /**
     * A partition moved back to {@code beginning}, having been fetched up to {@code fetchedUpTo} (exclusive);
     * {@code replaying} once its replay got through.
     */
    private record Rewound(long beginning, long fetchedUpTo, boolean replaying) {
    }

    private final ReentrantReadWriteLock applying = new ReentrantReadWriteLock();
    /** The offset of the last record of each partition that reached the gate, let through or dropped. */
    private final Map<TopicPartition, Long> last = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Rewound> rewound = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** Hands {@code records} to {@code consume}, less those a rebuild drops. */
    public void pass(ConsumerRecords<String, String> records, Consumer<ConsumerRecords<String, String>> consume) {
        applying.readLock().lock();
        try {
            ConsumerRecords<String, String> admitted = admit(records);
            if (!admitted.isEmpty()) {
                consume.accept(admitted);
            }
        } finally {
            applying.readLock().unlock();
        }
    }

    /**
     * Waits until no poll is being applied, then drops every record until {@link #open}: the read models can
     * be emptied. A poll that takes longer than {@code timeout} (a consumer waiting out a database outage)
     * refuses the rebuild.
     */
    void close(Duration timeout) {
        try {
            if (!applying.writeLock().tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Conflict("a reporting consumer has been applying the same events for over " + timeout
                        + " (the database may be away); try the rebuild again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("interrupted while waiting for the reporting consumers");
        }
        try {
            rewound.clear();
            closed = true;
        } finally {
            applying.writeLock().unlock();
        }
    }

    /** Called on the partition's polling thread, as it is moved back: before its next poll. */
    void rewound(TopicPartition partition, long beginning, long fetchedUpTo) {
        rewound.put(partition, new Rewound(beginning, fetchedUpTo, false));
    }

    /** Partitions that were not moved back let their records through again. */
    void open() {
        closed = false;
        rewound.values().removeIf(Rewound::replaying);
    }

    private ConsumerRecords<String, String> admit(ConsumerRecords<String, String> records) {
        if (!closed && rewound.isEmpty()) {
            records.partitions().forEach(p -> remember(p, records.records(p)));
            return records;
        }
        Map<TopicPartition, List<ConsumerRecord<String, String>>> admitted = new HashMap<>();
        int dropped = 0;
        for (TopicPartition p : records.partitions()) {
            List<ConsumerRecord<String, String>> rs = records.records(p);
            Rewound r = rewound.get(p);
            int first = r != null ? firstReplayed(p, r, rs) : closed ? rs.size() : 0;
            if (first < rs.size()) {
                admitted.put(p, rs.subList(first, rs.size()));
            }
            dropped += first;
            remember(p, rs);
        }
        if (dropped > 0) {
            Log.debugf("rebuild: %d records fetched before the rewind dropped", dropped);
        }
        return new ConsumerRecords<>(admitted, records.nextOffsets());
    }

    private int firstReplayed(TopicPartition p, Rewound r, List<ConsumerRecord<String, String>> rs) {
        if (r.replaying()) {
            return 0;
        }
        long previous = last.getOrDefault(p, -1L);
        for (int i = 0; i < rs.size(); i++) {
            long offset = rs.get(i).offset();
            if (offset == r.beginning() || offset <= previous || offset >= r.fetchedUpTo()) {
                if (closed) {
                    rewound.replace(p, r, new Rewound(r.beginning(), r.fetchedUpTo(), true));
                } else {
                    rewound.remove(p, r);
                }
                return i;
            }
            previous = offset;
        }
        return rs.size();
    }

    private void remember(TopicPartition p, List<ConsumerRecord<String, String>> rs) {
        if (!rs.isEmpty()) {
            last.put(p, rs.get(rs.size() - 1).offset());
        }
    }
}
