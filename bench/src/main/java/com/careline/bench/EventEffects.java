package com.careline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import com.careline.platform.events.Party;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.ids.TimeOrderedIds;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The mechanics of {@link EventLatency}: the bench acting as complaint-service (registrations and resolutions
 * sent as its outbox relay would), and each consumer's effects read back from its inbox, whose
 * {@code received_at} is written in the effect's transaction (taken when the batch's inbox insert runs, so
 * before the batch's other statements and its commit).
 */
final class EventEffects {

    static final String SOURCE = "careline/complaint-service";
    private static final String[] CATEGORIES = {"DELAY", "DAMAGE", "LOSS", "SHORTAGE", "WRONG_GOODS", "ATTITUDE",
        "BILLING", "OTHER"};
    private static final String[] CHANNELS = {"PHONE", "LETTER", "VISIT", "EMAIL", "WEB", "LIS"};
    private static final String RESOLVED_SINCE = """
            from inbox_event where consumer = ? and event_type = '%s' and received_at >= ?"""
            .formatted(ComplaintEvents.RESOLVED);

    record Case(UUID id, String number, String branch, String category, String channel, boolean major,
            String customerKey, String waybill, Instant receivedAt) {
    }

    /** Resolutions sent: their event ids and send times (scheduled, or actual at full speed), increasing. */
    record Sent(UUID[] events, long[] scheduledMicros, double seconds) {
        int count() {
            return events.length;
        }

        long first() {
            return scheduledMicros[0];
        }

        long last() {
            return scheduledMicros[scheduledMicros.length - 1];
        }

        /** How many were due by {@code micros}. */
        int dueBy(long micros) {
            int i = Arrays.binarySearch(scheduledMicros, micros);
            return i >= 0 ? upper(scheduledMicros, i) : -i - 1;
        }
    }

    /**
     * One consumer's effects of {@link Sent}: the effect time of each event, -1 when it never came; and how many
     * resolutions it applied in all since the phase began (with any left over from an earlier phase).
     */
    record Effects(Sent sent, long[] atMicros, long[] sorted, long appliedSince) {
        long count() {
            return sorted.length;
        }

        Latency latency() {
            Latency latency = new Latency();
            for (int i = 0; i < atMicros.length; i++) {
                if (atMicros[i] >= 0) {
                    latency.recordMicros(atMicros[i] - sent.scheduledMicros()[i]);
                }
            }
            return latency;
        }

        /** Effects over the time from the first send to the last effect. */
        double perSecond() {
            return sorted.length == 0 ? 0 : sorted.length * 1e6 / Math.max(1, sorted[sorted.length - 1] - sent.first());
        }

        int doneBy(long micros) {
            int i = Arrays.binarySearch(sorted, micros);
            return i >= 0 ? upper(sorted, i) : -i - 1;
        }

        /** Events sent (due) by {@code micros} and not yet applied by then. */
        long lagAt(long micros) {
            return sent.dueBy(micros) - doneBy(micros);
        }

        /** The largest lag between the first and last send, sampled every 50 ms. */
        long peakLag() {
            long peak = 0;
            for (long t = sent.first(); t <= sent.last(); t += 50_000) {
                peak = Math.max(peak, lagAt(t));
            }
            return Math.max(peak, lagAt(sent.last()));
        }
    }

    /** A backlog's consumption by one consumer: how many, and the first and last inbox times. */
    record Drain(long count, Instant first, Instant last) {
        double perSecond() {
            return first == null || last == null ? 0
                    : count / (Math.max(1_000, Duration.between(first, last).toNanos()) / 1e9);
        }
    }

    private EventEffects() {
    }

    /** Complaints received two hours ago in this month, spread over branches, channels and categories. */
    static List<Case> cases(int n) {
        Random random = new Random(7);
        Instant received = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        List<Case> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String branch = MonthlyAnalysis.BRANCHES.get(random.nextInt(MonthlyAnalysis.BRANCHES.size()));
            String customer = random.nextInt(10) < 6 ? "C" + (10_000_000 + random.nextInt(90_000_000))
                    : "tel:" + Long.toHexString(random.nextLong());
            cases.add(new Case(TimeOrderedIds.next(), branch + "B" + run + String.format("%07d", i), branch,
                    CATEGORIES[random.nextInt(CATEGORIES.length)], CHANNELS[random.nextInt(CHANNELS.length)],
                    random.nextInt(100) < 3, customer, "SF" + (100_000_000_000L + random.nextInt(1_000_000_000)),
                    received.plusMillis(i)));
        }
        return cases;
    }

    /** Sends every case's {@code complaint.registered} as fast as the producer takes them. */
    static void register(KafkaProducer<String, String> producer, List<Case> cases) {
        for (Case c : cases) {
            send(producer, ComplaintEvents.REGISTERED, c, c.receivedAt(),
                    new ComplaintEvents.Registered(c.id(), c.number(), c.branch(), c.channel(), c.category(),
                            c.major(), c.major() ? List.of("MEDIA") : List.of(), c.waybill(), c.customerKey(),
                            "agent." + c.branch().toLowerCase(Locale.ROOT), c.receivedAt(), List.of(
                                    ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.RESOLUTION,
                                    ComplaintClocks.PROGRESS_REPORT), Party.NONE));
        }
        producer.flush();
    }

    /**
     * Sends the cases' {@code complaint.resolved}, event i due at {@code start + i / rate}, or all at full
     * speed when {@code rate} is 0 (their send times then stand for the schedule).
     */
    static Sent resolve(KafkaProducer<String, String> producer, List<Case> cases, int rate) {
        int n = cases.size();
        long[] scheduledMicros = new long[n];
        UUID[] events = new UUID[n];
        long lead = rate > 0 ? 100 : 0; // ms to the first send at a rate, so that the first is not late
        long startMicros = micros(Instant.now().plusMillis(lead));
        long startNanos = System.nanoTime() + lead * 1_000_000L;
        for (int i = 0; i < n; i++) {
            long offset;
            if (rate > 0) {
                offset = i * 1_000_000_000L / rate;
                LockSupport.parkNanos(startNanos + offset - System.nanoTime());
            } else {
                offset = Math.max(0, System.nanoTime() - startNanos);
            }
            scheduledMicros[i] = startMicros + offset / 1_000;
            Instant at = Instant.EPOCH.plus(scheduledMicros[i], ChronoUnit.MICROS);
            Case c = cases.get(i);
            events[i] = send(producer, ComplaintEvents.RESOLVED, c, at, new ComplaintEvents.Resolved(c.id(),
                    c.number(), c.branch(), c.category(), c.major(), "已核实并补发，客户接受", "王先生",
                    "1380013" + String.format("%04d", i % 10_000), "agent.sz", c.receivedAt(), at, "agent.sz"));
        }
        producer.flush();
        return new Sent(events, scheduledMicros, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Sends one complaint event keyed by the complaint id, as the outbox relay does; returns the event id. */
    private static UUID send(KafkaProducer<String, String> producer, String type, Case c, Instant time, Object data) {
        EventEnvelope envelope = EventCodec.envelope(type, SOURCE, c.id().toString(), c.waybill(), time, data);
        producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, envelope.subject(), EventCodec.encode(envelope)));
        return envelope.id();
    }

    /**
     * The times {@code consumer} applied {@code sent} (its inbox rows since {@code from}), read once its group has
     * committed them ({@link #awaitConsumed}), and how many resolutions it applied since {@code from} in all.
     */
    static Effects read(Connection db, String consumer, Sent sent, Instant from) throws Exception {
        Map<UUID, Integer> index = new HashMap<>(sent.count() * 2);
        for (int i = 0; i < sent.count(); i++) {
            index.put(sent.events()[i], i);
        }
        Drain applied = applied(db, consumer, ComplaintEvents.RESOLVED, from);
        long[] at = new long[sent.count()];
        Arrays.fill(at, -1);
        List<Long> times = new ArrayList<>(sent.count());
        try (PreparedStatement query = db.prepareStatement("select event_id, received_at " + RESOLVED_SINCE)) {
            query.setString(1, consumer);
            query.setObject(2, from.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Integer i = index.get(rs.getObject(1, UUID.class));
                    if (i != null) {
                        at[i] = micros(rs.getObject(2, OffsetDateTime.class).toInstant());
                        times.add(at[i]);
                    }
                }
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length < sent.count()) {
            System.out.printf("  %s: only %,d of %,d resolutions applied%n", consumer, sorted.length, sent.count());
        }
        return new Effects(sent, at, sorted, applied.count());
    }

    /**
     * How many events of {@code type} (any type when null) {@code consumer}'s inbox holds since {@code from}, and
     * the first and last times; read once, after {@link #awaitConsumed}: polling the database while the
     * services consume took a tenth of its time in shipment runs (docs/benchmarks.md run U).
     */
    static Drain applied(Connection db, String consumer, String type, Instant from) throws Exception {
        try (PreparedStatement count = db.prepareStatement("""
                select count(*), min(received_at), max(received_at) from inbox_event
                where consumer = ? and received_at >= ? and (cast(? as text) is null or event_type = ?)""")) {
            count.setString(1, consumer);
            count.setObject(2, from.atOffset(ZoneOffset.UTC));
            count.setString(3, type);
            count.setString(4, type);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Drain(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)));
            }
        }
    }

    /**
     * Waits until consumer {@code group} has committed every record of {@code topics} (its backlog is read);
     * returns the records still behind, 0 when it caught up.
     */
    static long awaitConsumed(Harness harness, String group, List<String> topics, Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harness.kafkaBootstrap()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values()
                    .stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            long deadline = System.nanoTime() + timeout.toNanos();
            long lag = -1;
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                var ends = admin.listOffsets(latest).all().get();
                lag = 0;
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    lag += end.getValue().offset() - (at == null ? 0 : at.offset());
                }
                if (lag == 0) {
                    return 0;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
            System.out.printf("  %s still %,d records behind after %s%n", group, lag, timeout);
            return lag;
        }
    }

    static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The number of elements ≤ a[i] in sorted {@code a}, given a[i] was found. */
    private static int upper(long[] a, int i) {
        int j = i;
        while (j + 1 < a.length && a[j + 1] == a[i]) {
            j++;
        }
        return j + 1;
    }
}
