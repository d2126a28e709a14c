package com.careline.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careline.devinfra.ServiceProcess;

/**
 * How late the SLA ticker raises an escalation once a clock's deadline has passed, with 10 k, 100 k and
 * 1 M open clocks in complaint-service's {@code sla_clock}. The bulk is due far in the future (so nothing
 * of it is due during the run); a probe set falls due over ~5 s, and each probe's lag is the
 * {@code created_at} of its {@code complaint.escalated} outbox row (service clock) minus its
 * {@code next_escalation_at} (database clock, the same machine clock). Also the mean tick cost with
 * nothing due, from {@code careline_sla_tick_seconds}, and EXPLAIN ANALYZE of the ticker's query.
 */
final class EscalationLag implements Scenario {

    static final String KIND = "complaint-first-response";
    private static final String SERVICE = "complaint-service";
    private static final double P99_GOAL_SECONDS = 2.0;
    private static final Duration PROBE_LEAD = Duration.ofSeconds(2);
    private static final Duration PROBE_SPREAD = Duration.ofSeconds(5);
    private static final Pattern METRIC = Pattern.compile(
            "^careline_sla_tick_seconds_(count|sum)(?:\\{[^}]*})?\\s+(\\S+)", Pattern.MULTILINE);

    /** Mean tick of the smallest size: later sizes are held against it (the cost should be flat). */
    private double firstTickMillis = -1;

    @Override
    public String name() {
        return "escalation";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        int[] sizes = harness.quick() ? new int[] {1_000, 10_000, 50_000} : new int[] {10_000, 100_000, 1_000_000};
        ServiceProcess complaint = harness.service(SERVICE); // its Flyway run creates sla_clock
        try (Connection db = harness.database("careline_complaint")) {
            // a first round not recorded: a fresh JVM's first escalations load and compile their code paths
            probe(db, 100);
            for (int size : sizes) {
                String label = String.format(Locale.ROOT, "%,d open", size);
                int added = topUp(db, size);
                System.out.printf("  %,d clocks added, %s%n", added, label);
                report.add(name(), "ticker query EXPLAIN ANALYZE, nothing due, " + label, explain(db));
                tickCost(harness, complaint, report, label);
                int probes = Math.min(1_000, Math.max(100, size / 10));
                Probed probed = probe(db, probes);
                double p99 = probed.lag().millis(99) / 1000;
                String value = String.format(Locale.ROOT, "%.2f / %.2f / %.2f s (%d of %d raised)",
                        probed.lag().millis(50) / 1000, p99, probed.lag().millis(100) / 1000, probed.raised(), probes);
                report.add(name(), "lag after deadline p50/p99/max, " + label, value, "tick every 1 s",
                        "p99 ≤ " + P99_GOAL_SECONDS + " s", probed.raised() == probes && p99 <= P99_GOAL_SECONDS);
            }
        }
    }

    /** Adds far-future RUNNING clocks until {@code size} clocks are open (probes of earlier sizes count). */
    private static int topUp(Connection db, int size) throws Exception {
        int open;
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from sla_clock where next_escalation_at is not null")) {
            rs.next();
            open = rs.getInt(1);
        }
        int missing = Math.max(0, size - open);
        if (missing == 0) {
            return 0;
        }
        // as SlaClock.start writes a first-response clock: due 1 h after start, rung 1 at the due time;
        // due 1 to 30 days ahead so that none of the bulk falls due while the benchmark runs
        String branches = "array['" + String.join("','", MonthlyAnalysis.BRANCHES) + "']";
        try (PreparedStatement insert = db.prepareStatement("""
                insert into sla_clock (id, case_id, kind, correlation_id, branch, state, started_at, due_at, level,
                                       next_escalation_at, version)
                select gen_random_uuid(), gen_random_uuid()::text, ?, 'SF' || lpad((? + g)::text, 12, '0'),
                       (%s)[1 + (g %% %d)], 'RUNNING', d - interval '1 hour', d, 0, d, 0
                from generate_series(1, ?) g,
                     lateral (select date_trunc('second', now()) + interval '1 day'
                                     + (g::bigint * 7919 %% 41760) * interval '1 minute' as d) due
                """.formatted(branches, MonthlyAnalysis.BRANCHES.size()))) {
            insert.setString(1, KIND);
            insert.setLong(2, open);
            insert.setInt(3, missing);
            insert.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            // vacuum too, so that autovacuum does not wake up on these inserts inside the measuring window
            s.execute("vacuum (analyze) sla_clock");
        }
        return missing;
    }

    /** The ticker's own statement, bound as Hibernate binds it, in a transaction rolled back (it locks). */
    private static String explain(Connection db) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement explain = db.prepareStatement("""
                explain (analyze, buffers) select * from sla_clock where next_escalation_at <= ?
                order by next_escalation_at limit 500 for update skip locked""")) {
            explain.setObject(1, OffsetDateTime.now());
            return Plans.summary(explain);
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    /** Mean tick over a window in which nothing is due: what every tick costs at this many open clocks. */
    private void tickCost(Harness harness, ServiceProcess complaint, Report report, String label) throws Exception {
        double[] before = tickMetrics(harness, complaint);
        TimeUnit.SECONDS.sleep(harness.size(20, 10)); // the window: the service ticks once a second
        double[] after = tickMetrics(harness, complaint);
        double ticks = after[0] - before[0];
        double mean = ticks == 0 ? Double.NaN : (after[1] - before[1]) * 1000 / ticks;
        String value = String.format(Locale.ROOT, "%.2f ms over %.0f ticks", mean, ticks);
        if (firstTickMillis < 0) {
            firstTickMillis = mean;
            report.add(name(), "mean tick, nothing due, " + label, value);
        } else {
            // sub-millisecond ticks jitter: allow 2 x plus half a millisecond before calling it growth
            report.add(name(), "mean tick, nothing due, " + label, value,
                    String.format(Locale.ROOT, "%.2f ms at the smallest size", firstTickMillis),
                    "flat (≤ 2 x smallest + 0.5 ms)", mean <= 2 * firstTickMillis + 0.5);
        }
    }

    /** {count, sum in seconds} of careline_sla_tick_seconds. */
    private static double[] tickMetrics(Harness harness, ServiceProcess complaint) throws Exception {
        HttpResponse<String> response = harness.send(HttpRequest.newBuilder(URI.create(complaint.managementUrl() + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/q/metrics answered " + response.statusCode());
        }
        double[] values = {Double.NaN, Double.NaN};
        Matcher m = METRIC.matcher(response.body());
        while (m.find()) {
            values[m.group(1).equals("count") ? 0 : 1] = Double.parseDouble(m.group(2));
        }
        if (Double.isNaN(values[0]) || Double.isNaN(values[1])) {
            throw new IllegalStateException("careline_sla_tick_seconds is missing from /q/metrics");
        }
        return values;
    }

    /** Escalation rows seen for the probes, and their lags. */
    record Probed(int raised, Latency lag) {
    }

    /** Probes due over the next seconds; each one's lag from its deadline to its escalation row. */
    private static Probed probe(Connection db, int probes) throws Exception {
        List<String> cases = new ArrayList<>(probes);
        try (PreparedStatement insert = db.prepareStatement("""
                insert into sla_clock (id, case_id, kind, correlation_id, branch, state, started_at, due_at, level,
                                       next_escalation_at, version)
                select gen_random_uuid(), gen_random_uuid()::text, ?, 'SF-PROBE-' || g, 'SZ', 'RUNNING',
                       d - interval '1 hour', d, 0, d, 0
                from generate_series(0, ? - 1) g,
                     lateral (select clock_timestamp() + ? * interval '1 millisecond'
                                     + g * ? * interval '1 microsecond' as d) due
                returning case_id""")) {
            insert.setString(1, KIND);
            insert.setInt(2, probes);
            insert.setLong(3, PROBE_LEAD.toMillis());
            insert.setDouble(4, PROBE_SPREAD.toNanos() / 1000.0 / probes);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getString(1));
                }
            }
        }
        Array ids = db.createArrayOf("text", cases.toArray());
        // the clock's level and its outbox row commit together; the unique (case_id, kind) index finds them
        long deadline = System.nanoTime() + PROBE_LEAD.plus(PROBE_SPREAD).plusSeconds(30).toNanos();
        int escalated = 0;
        while (System.nanoTime() < deadline) {
            escalated = count(db, "select count(*) from sla_clock where case_id = any(?) and kind = ? and level >= 1",
                    ids);
            if (escalated == probes) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        Latency lag = new Latency();
        try (PreparedStatement lags = db.prepareStatement("""
                select (extract(epoch from o.created_at - c.due_at) * 1000000)::bigint
                from sla_clock c join outbox_event o on o.subject = c.case_id and o.type = 'complaint.escalated'
                where c.case_id = any(?) and c.kind = ?""")) {
            lags.setArray(1, ids);
            lags.setString(2, KIND);
            try (ResultSet rs = lags.executeQuery()) {
                while (rs.next()) {
                    lag.recordMicros(rs.getLong(1));
                }
            }
        }
        return new Probed((int) lag.count(), lag);
    }

    private static int count(Connection db, String sql, Array ids) throws Exception {
        try (PreparedStatement count = db.prepareStatement(sql)) {
            count.setArray(1, ids);
            count.setString(2, KIND);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
