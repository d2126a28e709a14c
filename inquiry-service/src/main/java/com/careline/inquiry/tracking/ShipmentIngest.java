package com.careline.inquiry.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.inquiry.inquiry.Inquiry;
import com.careline.inquiry.inquiry.InquiryService;
import com.careline.inquiry.inquiry.InquiryService.ProactiveOrder;
import com.careline.platform.batch.Rows;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventCodec.MalformedEvent;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.events.shipment.ShipmentEvents.Scanned;
import io.quarkus.logging.Log;
import org.hibernate.Session;

/**
 * Applies a batch of scans in the consumer's transaction with two statements besides the inbox's, whatever
 * the batch's size, and no reads into Java but the ids of the new scans:
 * <ol>
 * <li>lock the batch's waybills (transaction-scoped advisory locks, taken in sorted order): two batches
 * sharing waybills take turns instead of deadlocking on their scan and waybill rows;
 * <li>store every scan with one {@code insert ... select from unnest(...) on conflict do nothing} (a scan is
 * its waybill, type and time: a re-sent scan is not new) and, in the same statement, fold the new ones into
 * the waybills' projection with one upsert.
 * </ol>
 * Each new EXCEPTION scan then opens a proactive work order for the branch. Every field of the projection is
 * a minimum, a maximum or a count over the waybill's scans, so folding in only the new scans gives the row
 * that aggregating all of them would (it did so until run S of docs/benchmarks.md, at 2.7 times the cost):
 * out-of-order and duplicate events, and any cut of the stream into batches, give the same row. Every event
 * is validated before anything is written: an invalid one throws a {@link MalformedEvent} naming it, the
 * batch rolls back and the platform isolates and parks that event.
 */
@ApplicationScoped
public class ShipmentIngest {

    private static final String LIMIT = """
            case a.route_type when 'SAME_CITY' then ? when 'OTHER_CITY' then ? when 'INTERNATIONAL' then ? end
            * interval '1 second'""";

    /** The waybills' advisory locks (the same keys as any other writer of scans), in sorted order. */
    static final String LOCK = """
            select pg_advisory_xact_lock(h)
            from (select distinct hashtextextended(w, 7) as h from unnest(?::text[]) as w order by 1) as x""";

    /**
     * Stores the scans and returns the ids of the new ones (a scan already stored, by this batch or before, is
     * skipped); folds the new ones into their waybills' rows. Per waybill, {@code batch} is the projection of
     * the new scans alone and the update merges it with the row: the earliest pickup sets branch, route and
     * limits; before any pickup the branch is the earliest scan's (by time, then branch); the last scan is the
     * latest by time, then stage; delivery is the earliest DELIVERED or SIGNED; exceptions add up.
     */
    static final String STORE = """
            with stored as (
                insert into scan_event (event_id, waybill_no, branch, scan_type, scan_time, route_type, location,
                    exception_kind, note, received_at)
                select t.event_id, t.waybill_no, t.branch, t.scan_type, t.scan_time, t.route_type, t.location,
                    t.exception_kind, t.note, ?
                from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[],
                    ?::text[], ?::text[])
                    as t(event_id, waybill_no, branch, scan_type, scan_time, route_type, location, exception_kind,
                        note)
                on conflict do nothing
                returning event_id, waybill_no, branch, scan_type, scan_time, route_type),
            batch as (
                select waybill_no,
                    min(scan_time) as first_at,
                    coalesce((array_agg(branch order by scan_time) filter (where scan_type = 'PICKED_UP'))[1],
                             (array_agg(branch order by scan_time, branch))[1]) as branch,
                    (array_agg(route_type order by scan_time) filter (where scan_type = 'PICKED_UP'))[1] as route_type,
                    min(scan_time) filter (where scan_type = 'PICKED_UP') as picked_up_at,
                    min(scan_time) filter (where scan_type in ('DELIVERED', 'SIGNED')) as delivered_at,
                    (array_agg(scan_type order by scan_time desc, %2$s desc))[1] as last_type,
                    max(scan_time) as last_time,
                    count(*) filter (where scan_type = 'EXCEPTION') as exceptions
                from stored group by waybill_no),
            projected as (
                insert into waybill (waybill_no, branch, route_type, picked_up_at, delivered_at, last_scan_type,
                    last_scan_time, exceptions, first_scan_at, promised_at, fully_delayed_at, updated_at)
                select a.waybill_no, a.branch, a.route_type, a.picked_up_at, a.delivered_at, a.last_type,
                    a.last_time, a.exceptions, a.first_at, a.picked_up_at + %1$s, a.picked_up_at + %1$s, ?
                from batch a
                on conflict (waybill_no) do update set
                    branch = case when %3$s then excluded.branch
                        when waybill.picked_up_at is null
                            and (excluded.first_scan_at, excluded.branch) < (waybill.first_scan_at, waybill.branch)
                        then excluded.branch else waybill.branch end,
                    route_type = case when %3$s then excluded.route_type else waybill.route_type end,
                    picked_up_at = case when %3$s then excluded.picked_up_at else waybill.picked_up_at end,
                    promised_at = case when %3$s then excluded.promised_at else waybill.promised_at end,
                    fully_delayed_at = case when %3$s then excluded.fully_delayed_at else waybill.fully_delayed_at end,
                    delivered_at = least(waybill.delivered_at, excluded.delivered_at),
                    last_scan_type = case when (excluded.last_scan_time, %4$s) > (waybill.last_scan_time, %5$s)
                        then excluded.last_scan_type else waybill.last_scan_type end,
                    last_scan_time = greatest(waybill.last_scan_time, excluded.last_scan_time),
                    exceptions = waybill.exceptions + excluded.exceptions,
                    first_scan_at = least(waybill.first_scan_at, excluded.first_scan_at),
                    updated_at = excluded.updated_at)
            select event_id from stored""".formatted(LIMIT, rank("scan_type"),
            "excluded.picked_up_at < coalesce(waybill.picked_up_at, 'infinity')",
            rank("excluded.last_scan_type"), rank("waybill.last_scan_type"));

    private static final String EXCEPTION_KIND = "exceptionKind is required on EXCEPTION and only there (one of "
            + Arrays.toString(ExceptionKind.values()) + ")";

    /** A valid scan and the event that carried it. */
    record Received(EventEnvelope event, Scanned scan) {
    }

    /** A scan's identity in {@code scan_event}: its primary key. */
    private record Key(String waybillNo, ScanType type, Instant time) {
    }

    private final EntityManager em;
    private final InquiryService inquiries;
    private final TimeLimits limits;
    private final Clock clock;

    ShipmentIngest(EntityManager em, InquiryService inquiries, LimitsConfig limits, Clock clock) {
        this.em = em;
        this.inquiries = inquiries;
        this.limits = TimeLimits.from(limits);
        this.clock = clock;
    }

    /**
     * Applies {@code events}; anything but a valid {@code shipment.scanned} is a {@link MalformedEvent} naming
     * the event, thrown before anything is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<EventEnvelope> events) {
        // the first of the scans with the same key wins, as it would one by one in topic order
        Map<Key, Received> scans = new LinkedHashMap<>();
        for (EventEnvelope event : events) {
            Received r = read(event);
            scans.putIfAbsent(new Key(r.scan().waybillNo(), r.scan().scanType(), r.scan().scanTime()), r);
        }
        if (scans.isEmpty()) {
            return;
        }
        List<Received> batch = List.copyOf(scans.values());
        Instant now = clock.instant();
        Set<UUID> stored = em.unwrap(Session.class).doReturningWork(c -> store(c, batch, now));
        List<Scanned> exceptions = new ArrayList<>();
        List<ProactiveOrder> orders = new ArrayList<>();
        for (Received r : batch) {
            Scanned scan = r.scan();
            if (!stored.contains(r.event().id())) {
                Log.debugf("scan %s %s of %s seen before", scan.scanType(), scan.scanTime(), scan.waybillNo());
            } else if (scan.scanType() == ScanType.EXCEPTION) {
                exceptions.add(scan);
                orders.add(new ProactiveOrder(scan.branch().strip(), scan.waybillNo(), "运单异常 "
                        + scan.exceptionKind() + " at " + (scan.location() == null ? scan.branch() : scan.location())
                        + (scan.note() == null ? "" : ": " + scan.note())));
            }
        }
        if (orders.isEmpty()) {
            return;
        }
        List<Inquiry> opened = inquiries.openProactive(orders);
        for (int i = 0; i < opened.size(); i++) {
            Scanned scan = exceptions.get(i);
            Log.debugf("exception %s on waybill %s: work order %s for branch %s", scan.exceptionKind(),
                    scan.waybillNo(), opened.get(i).number(), scan.branch());
        }
        Log.infof("%d exception scans, work orders %s to %s opened", opened.size(), opened.get(0).number(),
                opened.get(opened.size() - 1).number());
    }

    /** Locks, stores, projects; returns the ids of the events whose scans are new. */
    private Set<UUID> store(Connection c, List<Received> batch, Instant now) throws SQLException {
        try (PreparedStatement lock = Rows.planEachTime(c.prepareStatement(LOCK))) {
            lock.setArray(1, c.createArrayOf("text", column(batch, s -> s.waybillNo())));
            lock.executeQuery().close();
        }
        Set<UUID> stored = new HashSet<>();
        try (PreparedStatement store = Rows.planEachTime(c.prepareStatement(STORE))) {
            int i = 1;
            store.setObject(i++, utc(now));
            store.setArray(i++, c.createArrayOf("uuid", batch.stream().map(r -> r.event().id()).toArray()));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> s.waybillNo())));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> s.branch().strip())));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> s.scanType().name())));
            store.setArray(i++, c.createArrayOf("timestamptz", column(batch, s -> utc(s.scanTime()).toString())));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> name(s.routeType()))));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> s.location())));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> name(s.exceptionKind()))));
            store.setArray(i++, c.createArrayOf("text", column(batch, s -> s.note())));
            for (var route : ShipmentEvents.RouteType.values()) {
                store.setDouble(i++, limits.delivery(route).toSeconds());
            }
            for (var route : ShipmentEvents.RouteType.values()) {
                store.setDouble(i++, limits.fullyDelayed(route).toSeconds());
            }
            store.setObject(i, utc(now));
            try (ResultSet rs = store.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return stored;
    }

    /**
     * A scan type's rank among the stages ({@link TrackingView#STAGES}, the order the tracking view shows), to
     * break ties between scans with the same time.
     */
    private static String rank(String scanType) {
        StringBuilder sql = new StringBuilder("case ").append(scanType);
        for (int i = 0; i < TrackingView.STAGES.size(); i++) {
            sql.append(" when '").append(TrackingView.STAGES.get(i)).append("' then ").append(i + 1);
        }
        return sql.append(" end").toString();
    }

    /** The event's valid scan, or a {@link MalformedEvent} that names the event. */
    static Received read(EventEnvelope event) {
        if (!ShipmentEvents.SCANNED.equals(event.type())) {
            throw new MalformedEvent("unknown event type " + event.type() + " on the shipment topic (event "
                    + event.id() + ")");
        }
        return new Received(event, validated(event, EventCodec.data(event, Scanned.class)));
    }

    static Scanned validated(EventEnvelope event, Scanned scan) {
        require(event, scan.waybillNo() != null && !scan.waybillNo().isBlank(), "waybillNo is required");
        require(event, scan.waybillNo().equals(event.subject()), "subject must be the waybill number");
        require(event, scan.waybillNo().length() <= 40, "waybillNo is longer than 40");
        require(event, scan.branch() != null && !scan.branch().isBlank(), "branch is required");
        require(event, scan.scanType() != null, "scanType is required");
        require(event, scan.scanTime() != null, "scanTime is required");
        require(event, scan.scanType() != ScanType.PICKED_UP || scan.routeType() != null,
                "routeType is required on PICKED_UP");
        require(event, (scan.scanType() == ScanType.EXCEPTION) == (scan.exceptionKind() != null), EXCEPTION_KIND);
        return scan;
    }

    private static void require(EventEnvelope event, boolean ok, String reason) {
        if (!ok) {
            throw new MalformedEvent("shipment.scanned " + event.id() + " of " + event.subject() + ": " + reason);
        }
    }

    private static String[] column(List<Received> batch, Function<Scanned, String> field) {
        String[] values = new String[batch.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = field.apply(batch.get(i).scan());
        }
        return values;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
