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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.inquiry.inquiry.InquiryService;
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
 * Applies a batch of scans in the consumer's transaction with three statements besides the inbox's, whatever
 * the batch's size, and no reads into Java but the keys of the new scans:
 * <ol>
 * <li>lock the batch's waybills (transaction-scoped advisory locks, taken in sorted order so two batches
 * sharing waybills never deadlock): concurrent scans of one waybill take turns, and each batch sees the
 * scans committed before it;
 * <li>store every scan with one {@code insert ... select from unnest(...) on conflict do nothing}, which
 * returns the scans that are new (a scan is its waybill, type and time: a re-sent scan is not new);
 * <li>rebuild the projection of the waybills that got new scans from all their scans, with one upsert.
 * </ol>
 * Each new EXCEPTION scan then opens a proactive work order for the branch. Because the projection is a
 * function of the set of scans, out-of-order and duplicate events, and any cut of the stream into batches,
 * give the same row. Every event is validated before anything is written: an invalid one throws a
 * {@link MalformedEvent} naming it, the batch rolls back and the platform isolates and parks that event.
 */
@ApplicationScoped
public class ShipmentIngest {

    /** Order of the stages, to break ties between scans with the same time. */
    static final String RANK = """
            case scan_type when 'PICKED_UP' then 1 when 'PROCESSED' then 2 when 'IN_TRANSIT' then 3
            when 'OUT_FOR_DELIVERY' then 4 when 'EXCEPTION' then 5 when 'DELIVERED' then 6 when 'SIGNED' then 7 end""";

    private static final String LIMIT = """
            case a.route_type when 'SAME_CITY' then ? when 'OTHER_CITY' then ? when 'INTERNATIONAL' then ? end
            * interval '1 second'""";

    /** The waybills' advisory locks (the same keys as any other writer of scans), in sorted order. */
    static final String LOCK = """
            select pg_advisory_xact_lock(h)
            from (select distinct hashtextextended(w, 7) as h from unnest(?::text[]) as w order by 1) as x""";

    /** Stores the scans; returns the new ones (a scan already stored, by this batch or before, is skipped). */
    static final String STORE = """
            insert into scan_event (event_id, waybill_no, branch, scan_type, scan_time, route_type, location,
                exception_kind, note, received_at)
            select t.event_id, t.waybill_no, t.branch, t.scan_type, t.scan_time, t.route_type, t.location,
                t.exception_kind, t.note, ?
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[],
                ?::text[], ?::text[])
                as t(event_id, waybill_no, branch, scan_type, scan_time, route_type, location, exception_kind, note)
            on conflict do nothing
            returning event_id, waybill_no""";

    /**
     * Upserts the projection of the given waybills, each computed from all its stored scans (those committed
     * before, visible since the locks were taken, and this batch's): a function of the set of scans.
     */
    static final String PROJECT = """
            insert into waybill (waybill_no, branch, route_type, picked_up_at, delivered_at, last_scan_type,
                last_scan_time, exceptions, promised_at, fully_delayed_at, updated_at)
            select a.waybill_no, a.branch, a.route_type, a.picked_up_at, a.delivered_at, a.last_type, a.last_time,
                a.exceptions, a.picked_up_at + %1$s, a.picked_up_at + %1$s, ?
            from (select waybill_no,
                    coalesce((array_agg(branch order by scan_time, branch) filter (where scan_type = 'PICKED_UP'))[1],
                             (array_agg(branch order by scan_time, branch))[1]) as branch,
                    (array_agg(route_type order by scan_time, route_type)
                        filter (where scan_type = 'PICKED_UP' and route_type is not null))[1] as route_type,
                    min(scan_time) filter (where scan_type = 'PICKED_UP') as picked_up_at,
                    min(scan_time) filter (where scan_type in ('DELIVERED', 'SIGNED')) as delivered_at,
                    (array_agg(scan_type order by scan_time desc, %2$s desc))[1] as last_type,
                    max(scan_time) as last_time,
                    count(*) filter (where scan_type = 'EXCEPTION') as exceptions
                  from scan_event where waybill_no = any(?::text[]) group by waybill_no) a
            on conflict (waybill_no) do update set branch = excluded.branch, route_type = excluded.route_type,
                picked_up_at = excluded.picked_up_at, delivered_at = excluded.delivered_at,
                last_scan_type = excluded.last_scan_type, last_scan_time = excluded.last_scan_time,
                exceptions = excluded.exceptions, promised_at = excluded.promised_at,
                fully_delayed_at = excluded.fully_delayed_at, updated_at = excluded.updated_at""".formatted(LIMIT, RANK);

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
        for (Received r : batch) {
            Scanned scan = r.scan();
            if (!stored.contains(r.event().id())) {
                Log.debugf("scan %s %s of %s seen before", scan.scanType(), scan.scanTime(), scan.waybillNo());
            } else if (scan.scanType() == ScanType.EXCEPTION) {
                var order = inquiries.openProactive(scan.branch().strip(), scan.waybillNo(), "运单异常 "
                        + scan.exceptionKind() + " at " + (scan.location() == null ? scan.branch() : scan.location())
                        + (scan.note() == null ? "" : ": " + scan.note()));
                Log.infof("exception %s on waybill %s: work order %s for branch %s", scan.exceptionKind(),
                        scan.waybillNo(), order.number(), scan.branch());
            }
        }
    }

    /** Locks, stores, projects; returns the ids of the events whose scans are new. */
    private Set<UUID> store(Connection c, List<Received> batch, Instant now) throws SQLException {
        try (PreparedStatement lock = Rows.planEachTime(c.prepareStatement(LOCK))) {
            lock.setArray(1, c.createArrayOf("text", column(batch, s -> s.waybillNo())));
            lock.executeQuery().close();
        }
        Set<UUID> stored = new HashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        try (PreparedStatement store = c.prepareStatement(STORE)) {
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
            store.setArray(i, c.createArrayOf("text", column(batch, s -> s.note())));
            try (ResultSet rs = store.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getObject(1, UUID.class));
                    changed.add(rs.getString(2));
                }
            }
        }
        if (changed.isEmpty()) {
            return stored;
        }
        try (PreparedStatement project = Rows.planEachTime(c.prepareStatement(PROJECT))) {
            int i = 1;
            for (var route : ShipmentEvents.RouteType.values()) {
                project.setDouble(i++, limits.delivery(route).toSeconds());
            }
            for (var route : ShipmentEvents.RouteType.values()) {
                project.setDouble(i++, limits.fullyDelayed(route).toSeconds());
            }
            project.setObject(i++, utc(now));
            project.setArray(i, c.createArrayOf("text", changed.toArray(String[]::new)));
            project.executeUpdate();
        }
        return stored;
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
        require(event, (scan.scanType() == ScanType.EXCEPTION) == (scan.exceptionKind() != null),
                "exceptionKind is required on EXCEPTION and only there (one of "
                        + Arrays.toString(ExceptionKind.values()) + ")");
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
