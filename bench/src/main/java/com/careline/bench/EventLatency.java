package com.careline.bench;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careline.bench.EventEffects.Case;
import com.careline.bench.EventEffects.Drain;
import com.careline.bench.EventEffects.Effects;
import com.careline.bench.EventEffects.Sent;
import com.careline.devinfra.ServiceProcess;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * From a {@code complaint.resolved} event to its effects: the follow-up call scheduled by revisit-service and
 * the complaint's fact updated by reporting-service, each seen in its consumer's inbox ({@link EventEffects}).
 * The bench acts as complaint-service: it first registers every complaint it will resolve (outside the
 * measured windows; it waits until both consumer groups have committed them and any backlog), then
 * <ol>
 * <li>sends resolutions at 1,000/s: latency from each event's scheduled send time, so a producer falling
 * behind counts, p99 ≤ 1 s;
 * <li>at 3,000/s: whether the consumers keep up, from the lag (sent but not applied) 1 s into the phase and
 * at its end, and the rate they applied during the phase against the rate offered;
 * <li>with both services stopped (their groups committed up to date first), 100 k resolutions piled up, then
 * each service started alone and timed through its backlog, first applied to last: ≥ 5,000/s.
 * </ol>
 */
final class EventLatency implements Scenario {

    private static final double P99_GOAL_MS = 1000;
    private static final double DRAIN_GOAL = 5_000;
    /** "Not growing": over the phase the lag grows by less than this share of what was sent. */
    private static final double LAG_GROWTH_ALLOWED = 0.05;

    /**
     * A consumer measured here: its service, database, inbox name and consumer group, and the topics of this
     * scenario its group reads (reporting also reads what revisit publishes).
     */
    private record Consumer(String service, String database, String inbox, String group, List<String> topics,
            String effect) {
    }

    private static final Consumer REVISIT = new Consumer("revisit-service", "careline_revisit",
            "revisit.complaint-events", "revisit-service", List.of(Topics.COMPLAINT_EVENTS), "revisit scheduled");
    private static final Consumer REPORTING = new Consumer("reporting-service", "careline_reporting",
            "reporting.complaints", "reporting-service", List.of(Topics.COMPLAINT_EVENTS, Topics.REVISIT_EVENTS),
            "reporting fact updated");
    private static final List<Consumer> CONSUMERS = List.of(REVISIT, REPORTING);

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        int rate = harness.size(1_000, 200);
        int seconds = harness.size(20, 5);
        int fast = harness.size(3_000, 600);
        int fastSeconds = harness.size(20, 5);
        int backlog = harness.size(100_000, 10_000);
        int warm = rate * 2;
        int n = rate * seconds;
        int nFast = fast * fastSeconds;
        ServiceProcess revisit = harness.start(REVISIT.service(), Map.of());
        ServiceProcess reporting = harness.start(REPORTING.service(), Map.of());
        revisit.awaitReady(Duration.ofMinutes(3));
        reporting.awaitReady(Duration.ofMinutes(3));
        List<Case> cases = EventEffects.cases(warm + n + nFast + backlog);
        try (KafkaProducer<String, String> producer = harness.producer();
                Connection revisitDb = harness.database(REVISIT.database());
                Connection reportingDb = harness.database(REPORTING.database())) {
            Connection[] dbs = {revisitDb, reportingDb};
            long[] behind = new long[CONSUMERS.size()]; // resolutions a consumer has not applied when a wait gave up
            long registering = System.nanoTime();
            EventEffects.register(producer, cases);
            // both groups have committed every registration, and so whatever backlog came before it
            Duration prerequisites = Duration.ofMinutes(harness.size(10, 5));
            for (Consumer c : CONSUMERS) {
                EventEffects.awaitConsumed(harness, c.group(), List.of(Topics.COMPLAINT_EVENTS), prerequisites);
            }
            System.out.printf(Locale.ROOT, "  %,d registrations sent and committed by both groups in %.1f s%n",
                    cases.size(), (System.nanoTime() - registering) / 1e9);

            // 2 s at the rate, not recorded: a fresh consumer's first resolutions load and compile its code
            phase(harness, producer, dbs, behind, cases.subList(0, warm), rate, Duration.ofSeconds(120));

            Effects[] steady = phase(harness, producer, dbs, behind, cases.subList(warm, warm + n), rate,
                    Duration.ofSeconds(Math.max(120, 5L * seconds)));
            report.add(name(), String.format(Locale.ROOT, "complaint.resolved sent, %,d at %,d/s", n, rate),
                    Report.rate(n / steady[0].sent().seconds()));
            for (int i = 0; i < CONSUMERS.size(); i++) {
                latencyRow(report, CONSUMERS.get(i), steady[i], n, rate);
            }

            Effects[] heavy = phase(harness, producer, dbs, behind, cases.subList(warm + n, warm + n + nFast), fast,
                    Duration.ofSeconds(Math.max(120, 5L * fastSeconds)));
            report.add(name(), String.format(Locale.ROOT, "complaint.resolved sent, %,d at %,d/s", nFast, fast),
                    Report.rate(nFast / heavy[0].sent().seconds()));
            for (int i = 0; i < CONSUMERS.size(); i++) {
                lagRow(report, CONSUMERS.get(i), heavy[i], nFast, fast);
            }

            backlog(harness, report, producer, dbs, behind, cases.subList(warm + n + nFast, cases.size()));
        }
    }

    /**
     * Sends {@code cases}' resolutions at {@code rate} and waits for both consumers' effects (and for what
     * they had left, {@code behind}, which is updated).
     */
    private static Effects[] phase(Harness harness, KafkaProducer<String, String> producer, Connection[] dbs,
            long[] behind, List<Case> cases, int rate, Duration drain) throws Exception {
        Instant from = Instant.now();
        Sent sent = EventEffects.resolve(producer, cases, rate);
        Effects[] effects = new Effects[CONSUMERS.size()];
        for (int i = 0; i < effects.length; i++) {
            Consumer c = CONSUMERS.get(i);
            EventEffects.awaitConsumed(harness, c.group(), c.topics(), drain);
            effects[i] = EventEffects.read(dbs[i], c.inbox(), sent, from);
            behind[i] = Math.max(0, sent.count() + behind[i] - effects[i].appliedSince());
        }
        return effects;
    }

    private void latencyRow(Report report, Consumer consumer, Effects effects, int n, int rate) {
        Latency latency = effects.latency();
        double p99 = latency.millis(99);
        String value = String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms (%,d of %,d, through at %,.0f/s)",
                latency.millis(50), p99, latency.millis(100), latency.count(), n, effects.perSecond());
        report.add(name(), "complaint.resolved → " + consumer.effect() + " p50/p99/max", value,
                String.format(Locale.ROOT, "sent at %,d/s", rate), "p99 ≤ 1 s at 1,000 events/s",
                latency.count() == n && p99 <= P99_GOAL_MS);
    }

    /**
     * The lag 1 s into the phase and at its last send, as the counts of events due and applied by then, and
     * the rate applied between those two instants against the rate offered.
     */
    private void lagRow(Report report, Consumer consumer, Effects effects, int n, int rate) {
        Sent sent = effects.sent();
        long start = Math.min(sent.first() + 1_000_000, sent.last());
        long end = sent.last();
        long lagStart = effects.lagAt(start);
        long lagEnd = effects.lagAt(end);
        long mid = effects.lagAt((start + end) / 2);
        double window = Math.max(1, end - start) / 1e6;
        double applied = (effects.doneBy(end) - effects.doneBy(start)) / window;
        double offered = (sent.dueBy(end) - sent.dueBy(start)) / window;
        long allowed = Math.round(LAG_GROWTH_ALLOWED * (sent.dueBy(end) - sent.dueBy(start)));
        Latency latency = effects.latency();
        String value = String.format(Locale.ROOT,
                "%,d / %,d / %,d events (peak %,d); applied %,.0f/s of %,.0f/s offered; "
                        + "p50/p99 %.0f / %.0f ms; %,d of %,d",
                lagStart, mid, lagEnd, effects.peakLag(), applied, offered, latency.millis(50), latency.millis(99),
                effects.count(), n);
        report.add(name(), "complaint.resolved → " + consumer.effect() + " at " + String.format(Locale.ROOT, "%,d/s",
                rate) + ": lag 1 s in / mid / end", value, String.format(Locale.ROOT, "sent at %,d/s", rate),
                "no growing lag at 3,000 events/s (end ≤ 1 s in + 5 % of sent)",
                effects.count() == n && lagEnd <= lagStart + allowed);
    }

    /**
     * Stops both services once their groups have committed everything, piles up {@code cases}' resolutions,
     * then starts each service alone and times it through the pile.
     */
    private void backlog(Harness harness, Report report, KafkaProducer<String, String> producer, Connection[] dbs,
            long[] behind, List<Case> cases) throws Exception {
        for (Consumer c : CONSUMERS) { // revisit first: once it is down, what reporting has to read is fixed
            EventEffects.awaitConsumed(harness, c.group(), c.topics(), Duration.ofMinutes(2));
            harness.stop(c.service());
        }
        Instant from = Instant.now();
        Sent piled = EventEffects.resolve(producer, cases, 0);
        report.add(name(), String.format(Locale.ROOT, "backlog: %,d complaint.resolved sent, services stopped",
                cases.size()), Report.rate(cases.size() / piled.seconds()));
        Duration timeout = Duration.ofSeconds(harness.size(600, 180));
        for (int i = 0; i < CONSUMERS.size(); i++) {
            Consumer c = CONSUMERS.get(i);
            long starting = System.nanoTime();
            harness.start(c.service(), Map.of()).awaitReady(Duration.ofMinutes(3));
            Instant ready = Instant.now(); // within the readiness poll
            double boot = (System.nanoTime() - starting) / 1e9;
            // what a consumer had left from the phases is still before it, so it is part of the backlog it drains
            long expected = cases.size() + behind[i];
            EventEffects.awaitConsumed(harness, c.group(), c.topics(), timeout);
            Drain drain = EventEffects.applied(dbs[i], c.inbox(), ComplaintEvents.RESOLVED, from);
            double fromReady = drain.last() == null ? 0
                    : drain.count() / (Math.max(1_000, Duration.between(ready, drain.last()).toNanos()) / 1e9);
            String value = String.format(Locale.ROOT, "%s (%,d of %,d%s; %s from ready, boot %.1f s, first applied "
                    + "%+.1f s from ready)", Report.rate(drain.perSecond()), drain.count(), expected,
                    behind[i] == 0 ? "" : String.format(Locale.ROOT, ", %,d of them left from the phases", behind[i]),
                    Report.rate(fromReady), boot, drain.first() == null ? Double.NaN
                            : Duration.between(ready, drain.first()).toMillis() / 1000.0);
            report.add(name(), "backlog of " + String.format(Locale.ROOT, "%,d", cases.size()) + " → "
                    + c.effect() + ", service alone, first to last applied", value, String.format(Locale.ROOT,
                    "piled up at %s with the services stopped", Report.rate(cases.size() / piled.seconds())),
                    "≥ 5,000 events/s per service",
                    drain.count() == expected && drain.perSecond() >= DRAIN_GOAL);
            harness.stop(c.service());
        }
    }
}
