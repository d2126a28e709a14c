package com.careline.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.events.shipment.ShipmentEvents.Scanned;
import com.careline.platform.ids.TimeOrderedIds;

/**
 * The rows of shipment ingest without the service: what inquiry-service's consumer writes for a batch of 500
 * scans (its scan_event rows, one waybill upsert per waybill of the batch; no inbox rows since run U: a scan is
 * its own key), in inquiry's own tables and indexes ({@link ScratchSchema}: its migrations and the platform's),
 * with two plain multi-row statements ({@code unnest} of arrays, as the service sends them) and a commit per
 * batch. The waybill rows are computed in Java before the clock starts, so the statement is a plain upsert of
 * values; the service instead takes advisory locks and folds the batch's new scans into each waybill's row in
 * SQL, decodes JSON and polls Kafka: that is the difference this baseline leaves in. The scans are those of
 * {@link ShipmentIngest#waybills} in the order they are produced, split over the writers by waybill as the
 * partitions split them over the consumers.
 */
final class ShipmentBaseline {

    static final int BATCH = 500; // max.poll.records of every consumer
    private static final String SCHEMA = "bench_shipment";
    /** inquiry's default limits (careline.inquiry.limits): delivery and fully delayed, from pickup. */
    private static final Map<RouteType, Duration> DELIVERY = Map.of(RouteType.SAME_CITY, Duration.ofDays(1),
            RouteType.OTHER_CITY, Duration.ofDays(3), RouteType.INTERNATIONAL, Duration.ofDays(7));
    private static final Map<RouteType, Duration> FULLY_DELAYED = Map.of(RouteType.SAME_CITY, Duration.ofDays(3),
            RouteType.OTHER_CITY, Duration.ofDays(7), RouteType.INTERNATIONAL, Duration.ofDays(10));

    static final String SCANS = """
            insert into scan_event (event_id, waybill_no, branch, scan_type, scan_time, route_type, location,
                exception_kind, note, received_at)
            select t.*, ? from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[],
                ?::text[], ?::text[], ?::text[])
                as t(event_id, waybill_no, branch, scan_type, scan_time, route_type, location, exception_kind, note)
            on conflict do nothing""";
    static final String WAYBILLS = """
            insert into waybill (waybill_no, branch, route_type, picked_up_at, delivered_at, last_scan_type,
                last_scan_time, exceptions, promised_at, fully_delayed_at, first_scan_at, updated_at)
            select t.*, ? from unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[],
                ?::timestamptz[], ?::int[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                as t(waybill_no, branch, route_type, picked_up_at, delivered_at, last_scan_type, last_scan_time,
                    exceptions, promised_at, fully_delayed_at, first_scan_at)
            on conflict (waybill_no) do update set branch = excluded.branch, route_type = excluded.route_type,
                picked_up_at = excluded.picked_up_at, delivered_at = excluded.delivered_at,
                last_scan_type = excluded.last_scan_type, last_scan_time = excluded.last_scan_time,
                exceptions = excluded.exceptions, promised_at = excluded.promised_at,
                fully_delayed_at = excluded.fully_delayed_at, first_scan_at = excluded.first_scan_at,
                updated_at = excluded.updated_at""";

    /** One writer's run: scans, rows written (scans + waybill upserts), seconds. */
    record Result(int writers, long scans, long rows, double seconds) {
        double scansPerSecond() {
            return scans / seconds;
        }

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /** A batch as the statements take it: the scans' columns and the upserted waybills' columns. */
    private record Batch(Object[][] scans, Object[][] waybills) {
    }

    /** A waybill's projection, as inquiry's PROJECT statement computes it from the scans so far. */
    private static final class Projection {
        String branch;
        String firstBranch;
        Instant firstAt;
        RouteType route;
        Instant pickedUp;
        Instant delivered;
        ScanType lastType;
        Instant lastTime;
        int exceptions;

        void add(Scanned s) {
            if (firstAt == null || s.scanTime().isBefore(firstAt)) {
                firstAt = s.scanTime();
                firstBranch = s.branch();
            }
            if (s.scanType() == ScanType.PICKED_UP && (pickedUp == null || s.scanTime().isBefore(pickedUp))) {
                pickedUp = s.scanTime();
                branch = s.branch();
                route = s.routeType();
            }
            if ((s.scanType() == ScanType.DELIVERED || s.scanType() == ScanType.SIGNED)
                    && (delivered == null || s.scanTime().isBefore(delivered))) {
                delivered = s.scanTime();
            }
            if (lastTime == null || !s.scanTime().isBefore(lastTime)) {
                lastTime = s.scanTime();
                lastType = s.scanType();
            }
            if (s.scanType() == ScanType.EXCEPTION) {
                exceptions++;
            }
        }
    }

    private ShipmentBaseline() {
    }

    /** Writes {@code scans} scans with {@code writers} connections (fresh tables); one result per writer count. */
    static List<Result> run(Harness harness, int scans, int... writers) throws Exception {
        ScratchSchema schema = ScratchSchema.create(harness, SCHEMA, "inquiry-service/src/main/resources/db/migration",
                ScratchSchema.PLATFORM);
        List<Scanned> all = ShipmentIngest.interleaved(ShipmentIngest.waybills("SB-", scans, new Random(3)));
        List<Result> results = new ArrayList<>();
        try {
            for (int w : writers) {
                try (Connection c = schema.connection(Map.of()); Statement s = c.createStatement()) {
                    s.execute("truncate scan_event, waybill");
                }
                results.add(write(schema, all, w));
            }
        } finally {
            schema.drop();
        }
        return results;
    }

    private static Result write(ScratchSchema schema, List<Scanned> all, int writers) throws Exception {
        List<List<Batch>> work = new ArrayList<>();
        long rows = 0;
        for (int w = 0; w < writers; w++) {
            List<Scanned> mine = new ArrayList<>();
            for (Scanned s : all) {
                if (Math.floorMod(s.waybillNo().hashCode(), writers) == w) {
                    mine.add(s);
                }
            }
            List<Batch> batches = batches(mine);
            for (Batch b : batches) {
                rows += (long) b.scans()[0].length + b.waybills()[0].length;
            }
            work.add(batches);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (List<Batch> batches : work) {
                done.add(pool.submit(() -> {
                    try (Connection c = schema.connection(Map.of("reWriteBatchedInserts", "true"))) {
                        c.setAutoCommit(false);
                        try (PreparedStatement store = c.prepareStatement(SCANS);
                                PreparedStatement upsert = c.prepareStatement(WAYBILLS)) {
                            for (Batch b : batches) {
                                OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
                                bind(c, store, now, b.scans(), "uuid", "text", "text", "text", "timestamptz", "text",
                                        "text", "text", "text");
                                store.executeUpdate();
                                bind(c, upsert, now, b.waybills(), "text", "text", "text", "timestamptz",
                                        "timestamptz", "text", "timestamptz", "int4", "timestamptz", "timestamptz",
                                        "timestamptz");
                                upsert.executeUpdate();
                                c.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(writers, all.size(), rows, (System.nanoTime() - start) / 1e9);
    }

    private static void bind(Connection c, PreparedStatement statement, OffsetDateTime now, Object[][] columns,
            String... types) throws java.sql.SQLException {
        statement.setObject(1, now);
        for (int i = 0; i < columns.length; i++) {
            Array array = c.createArrayOf(types[i], columns[i]);
            statement.setArray(i + 2, array);
        }
    }

    /** Cuts one writer's scans into batches of {@link #BATCH}, with the waybill rows each batch upserts. */
    private static List<Batch> batches(List<Scanned> scans) {
        Map<String, Projection> projections = new HashMap<>();
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < scans.size(); from += BATCH) {
            List<Scanned> part = scans.subList(from, Math.min(scans.size(), from + BATCH));
            int n = part.size();
            Object[][] cols = new Object[9][n];
            Map<String, Projection> touched = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Scanned s = part.get(i);
                cols[0][i] = TimeOrderedIds.next();
                cols[1][i] = s.waybillNo();
                cols[2][i] = s.branch();
                cols[3][i] = s.scanType().name();
                cols[4][i] = utc(s.scanTime());
                cols[5][i] = s.routeType() == null ? null : s.routeType().name();
                cols[6][i] = s.location();
                cols[7][i] = s.exceptionKind() == null ? null : s.exceptionKind().name();
                cols[8][i] = s.note();
                Projection p = projections.computeIfAbsent(s.waybillNo(), k -> new Projection());
                p.add(s);
                touched.put(s.waybillNo(), p);
            }
            Object[][] wb = new Object[11][touched.size()];
            int j = 0;
            for (Map.Entry<String, Projection> e : touched.entrySet()) {
                Projection p = e.getValue();
                wb[0][j] = e.getKey();
                wb[1][j] = p.branch != null ? p.branch : p.firstBranch;
                wb[2][j] = p.route == null ? null : p.route.name();
                wb[3][j] = utc(p.pickedUp);
                wb[4][j] = utc(p.delivered);
                wb[5][j] = p.lastType.name();
                wb[6][j] = utc(p.lastTime);
                wb[7][j] = p.exceptions;
                wb[8][j] = p.pickedUp == null || p.route == null ? null : utc(p.pickedUp.plus(DELIVERY.get(p.route)));
                wb[9][j] = p.pickedUp == null || p.route == null ? null
                        : utc(p.pickedUp.plus(FULLY_DELAYED.get(p.route)));
                wb[10][j] = utc(p.firstAt);
                j++;
            }
            batches.add(new Batch(cols, wb));
        }
        return batches;
    }

    private static String utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC).toString();
    }
}
