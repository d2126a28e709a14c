package com.careline.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import com.careline.devinfra.ServiceProcess;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * From a {@code complaint.resolved} event to its effects: the follow-up call scheduled by revisit-service
 * ({@code revisit.created_at}) and the complaint's fact updated by reporting-service (the
 * {@code inbox_event.received_at} of its consumer, written in the effect's transaction: complaint_fact keeps
 * no write time). The bench acts as complaint-service: it first registers the complaints (outside the
 * measured window, and waits until both consumers have them and any backlog), then sends the resolutions
 * at a fixed rate. Latency runs from each event's scheduled send time, so a producer falling behind counts.
 */
final class EventLatency implements Scenario {

    private static final String SOURCE = "careline/complaint-service";
    private static final double P99_GOAL_MS = 1000;
    private static final String[] CATEGORIES = {"DELAY", "DAMAGE", "LOSS", "SHORTAGE", "WRONG_GOODS", "ATTITUDE",
        "BILLING", "OTHER"};
    private static final String[] CHANNELS = {"PHONE", "LETTER", "VISIT", "EMAIL", "WEB", "LIS"};

    record Case(UUID id, String number, String branch, String category, String channel, boolean major,
            String customerKey, String waybill, Instant receivedAt) {
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        int rate = harness.size(1_000, 200);
        int seconds = harness.size(20, 5);
        int n = rate * seconds;
        int warm = rate * 2;
        ServiceProcess revisit = harness.start("revisit-service", Map.of());
        ServiceProcess reporting = harness.start("reporting-service", Map.of());
        revisit.awaitReady(Duration.ofMinutes(3));
        reporting.awaitReady(Duration.ofMinutes(3));
        List<Case> cases = cases(warm + n);
        Duration drain = Duration.ofSeconds(Math.max(120, 5L * seconds));
        try (KafkaProducer<String, String> producer = harness.producer();
                Connection revisitDb = harness.database("careline_revisit");
                Connection reportingDb = harness.database("careline_reporting")) {
            UUID[] registered = new UUID[cases.size()];
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                registered[i] = send(producer, ComplaintEvents.REGISTERED, c, c.receivedAt(),
                        new ComplaintEvents.Registered(c.id(), c.number(), c.branch(), c.channel(), c.category(),
                                c.major(), c.major() ? List.of("MEDIA") : List.of(), c.waybill(), c.customerKey(),
                                "agent." + c.branch().toLowerCase(Locale.ROOT), c.receivedAt()));
            }
            producer.flush();
            // both consumers have every registration, and so whatever backlog came before it on each partition
            Duration prerequisites = Duration.ofMinutes(5);
            awaitCount(reportingDb, "select count(*) from complaint_fact where complaint_id = any(?)",
                    reportingDb.createArrayOf("uuid", cases.stream().map(Case::id).toArray()), cases.size(),
                    prerequisites);
            awaitCount(revisitDb, "select count(*) from inbox_event where consumer = 'revisit.complaint-events' "
                    + "and event_id = any(?)", revisitDb.createArrayOf("uuid", registered), cases.size(),
                    prerequisites);
            // 2 s at the same rate, not recorded: a fresh consumer's first resolutions load and compile its code
            effects(revisitDb, reportingDb, resolve(producer, cases.subList(0, warm), rate), drain);
            Sent sent = resolve(producer, cases.subList(warm, warm + n), rate);
            report.add(name(), String.format(Locale.ROOT, "complaint.resolved sent, %,d at %,d/s", n, rate),
                    Report.rate(n / sent.seconds()));
            Measured[] effects = effects(revisitDb, reportingDb, sent, drain);
            row(report, "complaint.resolved → revisit scheduled", effects[0], n, rate);
            row(report, "complaint.resolved → reporting fact updated", effects[1], n, rate);
        }
    }

    /** Resolutions sent at a fixed rate: their cases, event ids and scheduled send times. */
    record Sent(List<Case> cases, UUID[] events, long[] scheduledMicros, double seconds) {
    }

    /** The latencies of one consumer's effects, and the rate it got through them. */
    record Measured(Latency latency, double perSecond) {
    }

    private static Sent resolve(KafkaProducer<String, String> producer, List<Case> cases, int rate) {
        int n = cases.size();
        long[] scheduledMicros = new long[n];
        UUID[] events = new UUID[n];
        long startMicros = micros(Instant.now().plusMillis(100));
        long startNanos = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < n; i++) {
            long offset = i * 1_000_000_000L / rate;
            LockSupport.parkNanos(startNanos + offset - System.nanoTime());
            scheduledMicros[i] = startMicros + offset / 1_000;
            Instant at = Instant.EPOCH.plus(scheduledMicros[i], ChronoUnit.MICROS);
            Case c = cases.get(i);
            events[i] = send(producer, ComplaintEvents.RESOLVED, c, at, new ComplaintEvents.Resolved(c.id(),
                    c.number(), c.branch(), c.category(), c.major(), "已核实并补发，客户接受", "王先生",
                    "1380013" + String.format("%04d", i % 10_000), "agent.sz", c.receivedAt(), at, "agent.sz"));
        }
        producer.flush();
        return new Sent(cases, events, scheduledMicros, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Waits for every revisit and every reporting inbox row of {@code sent}; {revisit, reporting}. */
    private static Measured[] effects(Connection revisitDb, Connection reportingDb, Sent sent, Duration drain)
            throws Exception {
        int n = sent.cases().size();
        Map<String, Integer> byCase = new HashMap<>();
        Map<String, Integer> byEvent = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byCase.put(sent.cases().get(i).id().toString(), i);
            byEvent.put(sent.events()[i].toString(), i);
        }
        Array caseIds = revisitDb.createArrayOf("text", byCase.keySet().toArray());
        awaitCount(revisitDb, "select count(*) from revisit where case_type = 'COMPLAINT' and case_id = any(?)",
                caseIds, n, drain);
        Array eventIds = reportingDb.createArrayOf("uuid", sent.events());
        awaitCount(reportingDb, "select count(*) from inbox_event where consumer = 'reporting.complaints' "
                + "and event_id = any(?)", eventIds, n, drain);
        return new Measured[] {
            latencies(revisitDb, "select case_id, created_at from revisit where case_type = 'COMPLAINT' "
                    + "and case_id = any(?)", caseIds, byCase, sent.scheduledMicros()),
            latencies(reportingDb, "select event_id::text, received_at from inbox_event "
                    + "where consumer = 'reporting.complaints' and event_id = any(?)", eventIds, byEvent,
                    sent.scheduledMicros())};
    }

    private void row(Report report, String what, Measured measured, int n, int rate) {
        Latency latency = measured.latency();
        double p99 = latency.millis(99);
        String value = String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms (%,d of %,d, through at %,.0f/s)",
                latency.millis(50), p99, latency.millis(100), latency.count(), n, measured.perSecond());
        report.add(name(), what + " p50/p99/max", value, String.format(Locale.ROOT, "sent at %,d/s", rate),
                "p99 ≤ 1 s at 1,000 events/s", latency.count() == n && p99 <= P99_GOAL_MS);
    }

    /** Complaints received two hours ago in this month, spread over branches, channels and categories. */
    private static List<Case> cases(int n) {
        Random random = new Random(7);
        Instant received = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        List<Case> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String branch = MonthlyAnalysis.BRANCHES.get(random.nextInt(MonthlyAnalysis.BRANCHES.size()));
            String customer = random.nextInt(10) < 6 ? "C" + (10_000_000 + random.nextInt(90_000_000))
                    : "tel:" + Long.toHexString(random.nextLong());
            cases.add(new Case(UUID.randomUUID(), branch + "B" + run + String.format("%06d", i), branch,
                    CATEGORIES[random.nextInt(CATEGORIES.length)], CHANNELS[random.nextInt(CHANNELS.length)],
                    random.nextInt(100) < 3, customer, "SF" + (100_000_000_000L + random.nextInt(1_000_000_000)),
                    received.plusMillis(i)));
        }
        return cases;
    }

    /** Sends one complaint event keyed by the complaint id, as the outbox relay does; returns the event id. */
    private static UUID send(KafkaProducer<String, String> producer, String type, Case c, Instant time, Object data) {
        EventEnvelope envelope = EventCodec.envelope(type, SOURCE, c.id().toString(), c.waybill(), time, data);
        producer.send(new ProducerRecord<>(Topics.COMPLAINT_EVENTS, envelope.subject(), EventCodec.encode(envelope)));
        return envelope.id();
    }

    /** Polls {@code sql} (one array parameter) until it counts {@code expected}; returns the last count. */
    private static int awaitCount(Connection db, String sql, Array ids, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int count = 0;
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, ids);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    count = rs.getInt(1);
                }
                if (count >= expected) {
                    return count;
                }
                TimeUnit.MILLISECONDS.sleep(500); // polls a few thousand keys: not too often
            }
        }
        System.out.printf("  only %,d of %,d after %s: %s%n", count, expected, timeout, sql);
        return count;
    }

    /**
     * Effect time (column 2) minus the scheduled send time of the event the key (column 1) belongs to; the
     * rate is the effects over the time from the first send to the last effect.
     */
    private static Measured latencies(Connection db, String sql, Array ids, Map<String, Integer> index,
            long[] scheduledMicros) throws Exception {
        Latency latency = new Latency();
        long last = scheduledMicros[0];
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, ids);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int i = index.get(rs.getString(1));
                    long at = micros(rs.getObject(2, OffsetDateTime.class).toInstant());
                    latency.recordMicros(at - scheduledMicros[i]);
                    last = Math.max(last, at);
                }
            }
        }
        return new Measured(latency, latency.count() * 1e6 / Math.max(1, last - scheduledMicros[0]));
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    /** Waits until consumer {@code group} has committed every record of {@code topics} (its backlog is read). */
    static void awaitConsumed(Harness harness, String group, List<String> topics, Duration timeout) throws Exception {
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
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
            System.out.printf("  %s still %,d records behind after %s%n", group, lag, timeout);
        }
    }
}
