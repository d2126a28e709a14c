package com.careline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.events.shipment.ShipmentEvents.Scanned;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * 3. Branch scan events into inquiry-service's tracking projection, with delay detection running. First a
 * backlog produced while the service is down, then consumed after it starts (a restart after an outage);
 * the rate is taken from the stored scans' own timestamps, first consumed to last, so boot time is not in it.
 * Then the same number produced at full speed into the running service: first send to last consumed. Both
 * rates are held against the raw produce rate and against the same rows written in plain JDBC
 * ({@link ShipmentBaseline}).
 */
final class ShipmentIngest implements Scenario {

    private static final String SERVICE = "inquiry-service";
    private static final String DATABASE = "careline_inquiry";
    /** The detector every 5 s instead of 60 s, so that it works on the late waybills during the measurement. */
    private static final Map<String, String> PROPS = Map.of("careline.inquiry.tracking.detect-interval", "5s");
    private static final List<String> BRANCHES = List.of("SZ", "GZ", "SH", "BJ", "HZ", "CD");
    private static final double GOAL = 0.25;
    /** Against the same rows written in plain JDBC ({@link ShipmentBaseline}). */
    private static final double SAME_SHAPE_GOAL = 0.5;


    /** A batch sent: the wall-clock time of the first send (stored scans are compared with it) and its duration. */
    record Sent(Instant from, double seconds) {
    }

    /** One waybill's scans, in the order the branch systems send them. */
    record Waybill(String number, String branch, List<Scanned> scans) {
    }

    @Override
    public String name() {
        return "shipments";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        int n = harness.size(100_000, 10_000);
        double raw = report.baseline(Baselines.KAFKA_PRODUCE);
        double rows = report.baseline(Baselines.PG_SHIPMENT_SCANS);
        long runId = System.currentTimeMillis() % 1_000_000;

        // one start to migrate the database and join the consumer group, then down while the backlog piles up
        harness.service(SERVICE, PROPS);
        harness.stop(SERVICE);
        List<Waybill> backlog = waybills("BL" + runId + "-", n, new Random(1));
        Instant backlogFrom = produce(harness, records(backlog)).from();
        harness.service(SERVICE, PROPS);
        Instant ready = Instant.now(); // within the harness's 500 ms readiness poll
        Duration timeout = Duration.ofSeconds(harness.size(1_200, 300));
        EventEffects.Drain caughtUp = awaitConsumed(harness, "BL" + runId + "-", backlogFrom, timeout);
        double seconds = seconds(caughtUp.first(), caughtUp.last());
        double rate = caughtUp.count() / seconds;
        // consumption may start while the service still boots: show how much of the span overlaps the boot
        if (caughtUp.first() != null) {
            System.out.printf(Locale.ROOT, "  backlog: first consumed %+.1f s from ready, %d consumed before ready%n",
                    Duration.between(ready, caughtUp.first()).toMillis() / 1000.0,
                    consumedBy(harness, "BL" + runId + "-", ready));
        }
        report.add(name(), "backlog of " + caughtUp.count() + " scans, first to last consumed",
                Report.rate(rate) + " = " + ratio(rate / raw), "raw produce " + Report.rate(raw),
                "≥ 0.25 x raw produce", caughtUp.count() == n && rate / raw >= GOAL);
        sameShape(report, "backlog", rate, rows, caughtUp.count() == n);
        reportDelays(harness, report, "BL" + runId + "-", backlog);

        List<ProducerRecord<String, String>> live = records(waybills("LV" + runId + "-", n, new Random(2)));
        Sent sent = produce(harness, live);
        EventEffects.Drain endToEnd = awaitConsumed(harness, "LV" + runId + "-", sent.from(), timeout);
        double e2e = endToEnd.count() / seconds(sent.from(), endToEnd.last());
        report.add(name(), "running, " + endToEnd.count() + " scans at full speed, first sent to last consumed",
                Report.rate(e2e) + " = " + ratio(e2e / raw) + " (sent in "
                        + String.format(Locale.ROOT, "%.1f s", sent.seconds()) + ")",
                "raw produce " + Report.rate(raw), "≥ 0.25 x raw produce", endToEnd.count() == n && e2e / raw >= GOAL);
        sameShape(report, "running", e2e, rows, endToEnd.count() == n);
        if (caughtUp.count() < n || endToEnd.count() < n) {
            report.add(name(), "scans not consumed (timed out or parked on the DLQ)",
                    (n - caughtUp.count()) + " backlog, " + (n - endToEnd.count()) + " running");
        }
    }

    private void sameShape(Report report, String what, double rate, double baseline, boolean complete) {
        report.add(name(), what + ": against the same rows in plain JDBC (batches of " + ShipmentBaseline.BATCH + ")",
                Report.rate(rate) + " = " + ratio(rate / baseline), "same-shape batches " + Report.rate(baseline)
                        + " scans", "≥ 0.5 x same-shape batches", complete && rate / baseline >= SAME_SHAPE_GOAL);
    }

    /**
     * Waits until the service's group has committed every record of the shipment topic
     * ({@link EventEffects#awaitConsumed}), then reads from the stored scans of {@code prefix} how many there are
     * and when the first and the last were stored.
     */
    private static EventEffects.Drain awaitConsumed(Harness harness, String prefix, Instant from, Duration timeout)
            throws Exception {
        EventEffects.awaitConsumed(harness, SERVICE, List.of(Topics.SHIPMENT_EVENTS), timeout);
        try (Connection db = harness.database(DATABASE); PreparedStatement stored = db.prepareStatement("""
                select count(*), min(received_at), max(received_at) from scan_event
                where waybill_no like ? and received_at >= ?""")) {
            stored.setString(1, prefix + "%");
            stored.setObject(2, from.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = stored.executeQuery()) {
                rs.next();
                return new EventEffects.Drain(rs.getLong(1),
                        EventEffects.instant(rs.getObject(2, OffsetDateTime.class)),
                        EventEffects.instant(rs.getObject(3, OffsetDateTime.class)));
            }
        }
    }

    private static long consumedBy(Harness harness, String prefix, Instant to) throws Exception {
        try (Connection db = harness.database(DATABASE); PreparedStatement count = db.prepareStatement(
                "select count(*) from scan_event where waybill_no like ? and received_at < ?")) {
            count.setString(1, prefix + "%");
            count.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** What the detector (every 5 s) noticed of the late waybills by the time the backlog was consumed. */
    private void reportDelays(Harness harness, Report report, String prefix, List<Waybill> waybills)
            throws Exception {
        long late = waybills.stream().filter(w -> w.scans().stream().noneMatch(ShipmentIngest::delivered)
                && w.scans().get(0).scanTime().isBefore(Instant.now().minus(Duration.ofDays(1)))).count();
        try (Connection db = harness.database(DATABASE); PreparedStatement noticed = db.prepareStatement("""
                select count(*) filter (where delayed_noticed_at is not null), count(*) from waybill
                where waybill_no like ?""")) {
            noticed.setString(1, prefix + "%");
            try (ResultSet rs = noticed.executeQuery()) {
                rs.next();
                report.add(name(), "backlog: waybills projected / late ones noticed delayed",
                        rs.getLong(2) + " / " + rs.getLong(1) + " of " + late + " late");
            }
        }
    }

    private static boolean delivered(Scanned scan) {
        return scan.scanType() == ScanType.DELIVERED || scan.scanType() == ScanType.SIGNED;
    }

    /**
     * Waybills of 3 to 5 scans, {@code total} scans in all. One in ten was picked up days ago and is still on
     * the road (past its limit: the detector's work); one in a hundred has an exception scan (a proactive
     * work order); the rest were picked up within the last day and move normally.
     */
    static List<Waybill> waybills(String prefix, int total, Random random) {
        List<Waybill> waybills = new ArrayList<>();
        Instant now = Instant.now();
        ScanType[] stages = {ScanType.PICKED_UP, ScanType.PROCESSED, ScanType.IN_TRANSIT, ScanType.OUT_FOR_DELIVERY,
            ScanType.DELIVERED};
        for (int w = 0, left = total; left > 0; w++) {
            String number = prefix + w;
            String branch = BRANCHES.get(random.nextInt(BRANCHES.size()));
            RouteType route = RouteType.values()[random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 8 ? 1 : 2];
            boolean late = w % 10 == 0;
            boolean exception = w % 100 == 7;
            int count = Math.min(left, late ? 3 : 3 + random.nextInt(3));
            Instant pickedUp = late ? now.minus(Duration.ofDays(8 + random.nextInt(4)))
                    : now.minus(Duration.ofMinutes(60 + random.nextInt(1_200)));
            List<Scanned> scans = new ArrayList<>(count);
            for (int s = 0; s < count; s++) {
                Instant at = pickedUp.plus(Duration.ofMinutes(s * (late ? 600L : 10L) + random.nextInt(9)));
                boolean exceptional = exception && s == count - 1 && s > 0;
                ScanType type = exceptional ? ScanType.EXCEPTION : stages[s];
                scans.add(new Scanned(number, branch, type, at, s == 0 ? route : null, "转运中心 " + branch,
                        exceptional ? ExceptionKind.DAMAGED : null, exceptional ? "外箱破损" : null));
            }
            waybills.add(new Waybill(number, branch, scans));
            left -= count;
        }
        return waybills;
    }

    /**
     * The scans in the order the branch systems send them: scan k of every waybill comes before scan k+1 of
     * any, as the scans of many sites interleave.
     */
    static List<Scanned> interleaved(List<Waybill> waybills) {
        List<Scanned> scans = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            for (Waybill w : waybills) {
                if (k < w.scans().size()) {
                    scans.add(w.scans().get(k));
                }
            }
        }
        return scans;
    }

    /** The envelopes of {@link #interleaved}, encoded before any clock starts; the record key is the waybill number. */
    private static List<ProducerRecord<String, String>> records(List<Waybill> waybills) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (Scanned scan : interleaved(waybills)) {
            String json = EventCodec.encode(EventCodec.envelope(ShipmentEvents.SCANNED,
                    "branch/" + scan.branch() + "-LIS", scan.waybillNo(), scan.waybillNo(),
                    scan.scanTime().plusSeconds(30), scan));
            records.add(new ProducerRecord<>(Topics.SHIPMENT_EVENTS, scan.waybillNo(), json));
        }
        return records;
    }

    /** Sends all records as fast as the producer takes them: when the first went, seconds until all were acked. */
    private static Sent produce(Harness harness, List<ProducerRecord<String, String>> records) throws Exception {
        AtomicLong failed = new AtomicLong();
        try (KafkaProducer<String, String> producer = harness.producer()) {
            producer.partitionsFor(Topics.SHIPMENT_EVENTS); // metadata before the clock starts
            Instant from = Instant.now();
            long start = System.nanoTime();
            for (ProducerRecord<String, String> record : records) {
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " of " + records.size() + " scans were not produced");
            }
            return new Sent(from, (System.nanoTime() - start) / 1e9);
        }
    }

    /** As {@link Report#ratio}, with a third digit below 0.1 so that a small ratio does not read as zero. */
    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f x" : "%.2f x", ratio);
    }

    private static double seconds(Instant from, Instant to) {
        return from == null || to == null ? Double.NaN : Math.max(1, Duration.between(from, to).toNanos()) / 1e9;
    }
}
