package com.careline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import com.careline.platform.events.Party;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.ids.TimeOrderedIds;

/**
 * A registration's transaction without the service: in complaint-service's own tables and indexes
 * ({@link ScratchSchema}: its migrations and the platform's), one transaction of {@code nextval} of
 * {@code complaint_number_seq}, the complaint row, its three SLA clocks (one JDBC batch, as Hibernate sends
 * them with the services' {@code reWriteBatchedInserts}), the timeline entry and the outbox event (an
 * encoded {@code complaint.registered} envelope), then the commit: six round trips, from
 * {@value Baselines#CONNECTIONS} connections for a fixed time. No HTTP, JWT, validation, triage or Hibernate.
 */
final class IntakeBaseline {

    private static final String SCHEMA = "bench_intake";
    private static final String[] BRANCHES = {"SZ", "GZ", "SH", "BJ", "HZ"};
    private static final String CONTENT = "快件已经延误三天，还没有送到，客户要求尽快处理并回电说明原因。";

    static final String COMPLAINT = """
            insert into complaint (id, number, branch, channel, category, status, customer_name, customer_number,
                phone, contact, waybill_no, content, claimed_compensation, estimated_loss, major, major_reasons,
                owner, correlation_id, received_at, version)
            values (?, ?, ?, 'PHONE', 'DELAY', 'REGISTERED', '王先生', ?, ?, null, ?, ?, null, null, false, '', ?, ?, ?, 0)""";
    static final String CLOCK = """
            insert into sla_clock (id, case_id, kind, correlation_id, branch, state, started_at, due_at, level,
                next_escalation_at, version)
            values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, 0, ?, 0)""";
    static final String TIMELINE = """
            insert into case_timeline (id, case_id, at, actor, action, detail) values (?, ?, ?, ?, 'registered', ?)""";
    static final String OUTBOX = """
            insert into outbox_event (id, topic, subject, type, lane, payload, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private IntakeBaseline() {
    }

    /** Registration transactions per second over {@code seconds}, after a second of warm-up. */
    static double run(Harness harness, int seconds) throws Exception {
        ScratchSchema schema = ScratchSchema.create(harness, SCHEMA, "complaint-service/src/main/resources/db/migration",
                ScratchSchema.PLATFORM);
        try {
            run(schema, 1);
            return run(schema, seconds);
        } finally {
            schema.drop();
        }
    }

    private static double run(ScratchSchema schema, int seconds) throws Exception {
        LongAdder done = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(Baselines.CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        try {
            for (int w = 0; w < Baselines.CONNECTIONS; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    try (Connection c = schema.connection(Map.of("reWriteBatchedInserts", "true"))) {
                        c.setAutoCommit(false);
                        try (PreparedStatement number = c.prepareStatement("select nextval('complaint_number_seq')");
                                PreparedStatement complaint = c.prepareStatement(COMPLAINT);
                                PreparedStatement clock = c.prepareStatement(CLOCK);
                                PreparedStatement timeline = c.prepareStatement(TIMELINE);
                                PreparedStatement outbox = c.prepareStatement(OUTBOX)) {
                            for (long i = 0; System.nanoTime() < deadline; i++) {
                                register(c, number, complaint, clock, timeline, outbox, worker, i);
                                done.increment();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.sum() / ((System.nanoTime() - start) / 1e9);
    }

    private static void register(Connection c, PreparedStatement number, PreparedStatement complaint,
            PreparedStatement clock, PreparedStatement timeline, PreparedStatement outbox, int worker, long i)
            throws Exception {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        String branch = BRANCHES[(int) (i % BRANCHES.length)];
        long sequence;
        try (ResultSet rs = number.executeQuery()) {
            rs.next();
            sequence = rs.getLong(1);
        }
        UUID id = TimeOrderedIds.next();
        String caseId = id.toString();
        String complaintNumber = "%s%04d%02d%06d".formatted(branch, 2026, 12, sequence);
        String waybill = "SF" + (1_000_000_000L + worker * 100_000_000L + i);
        String owner = "bench-agent." + branch.toLowerCase();
        complaint.setObject(1, id);
        complaint.setString(2, complaintNumber);
        complaint.setString(3, branch);
        complaint.setString(4, i % 2 == 0 ? "C" + i : null);
        complaint.setString(5, "13" + (100_000_000 + i % 900_000_000));
        complaint.setString(6, waybill);
        complaint.setString(7, CONTENT);
        complaint.setString(8, owner);
        complaint.setString(9, waybill);
        complaint.setTimestamp(10, at);
        complaint.executeUpdate();
        String[] kinds = {ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.RESOLUTION, ComplaintClocks.PROGRESS_REPORT};
        Duration[] limits = {Duration.ofHours(1), Duration.ofDays(7), Duration.ofDays(3)};
        for (int k = 0; k < kinds.length; k++) {
            clock.setObject(1, TimeOrderedIds.next());
            clock.setString(2, caseId);
            clock.setString(3, kinds[k]);
            clock.setString(4, waybill);
            clock.setString(5, branch);
            clock.setTimestamp(6, at);
            clock.setTimestamp(7, Timestamp.from(now.plus(limits[k])));
            clock.setTimestamp(8, Timestamp.from(now.plus(limits[k].multipliedBy(4).dividedBy(5))));
            clock.addBatch();
        }
        clock.executeBatch();
        timeline.setObject(1, TimeOrderedIds.next());
        timeline.setString(2, caseId);
        timeline.setTimestamp(3, at);
        timeline.setString(4, owner);
        timeline.setString(5, "registered via PHONE");
        timeline.executeUpdate();
        var envelope = EventCodec.envelope(ComplaintEvents.REGISTERED, "careline/complaint-service", caseId, waybill,
                now, new ComplaintEvents.Registered(id, complaintNumber, branch, "PHONE", "DELAY", false, List.of(),
                        waybill, "C" + i, owner, now, List.of(kinds), Party.NONE));
        outbox.setObject(1, envelope.id());
        outbox.setString(2, Topics.COMPLAINT_EVENTS);
        outbox.setString(3, caseId);
        outbox.setString(4, envelope.type());
        outbox.setInt(5, Math.floorMod(caseId.hashCode(), 8));
        outbox.setString(6, EventCodec.encode(envelope));
        outbox.setTimestamp(7, at);
        outbox.executeUpdate();
        c.commit();
    }
}
