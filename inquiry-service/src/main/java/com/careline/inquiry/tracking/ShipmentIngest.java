package com.careline.inquiry.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.inquiry.inquiry.InquiryService;
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
 * Applies one scan in the consumer's transaction with two statements besides the inbox's, and no reads into
 * Java: lock the waybill (a transaction-scoped advisory lock, so concurrent scans of one waybill take turns
 * and each sees the scans committed before it), then one statement that stores the scan and, if it is new,
 * rebuilds the waybill's projection from its scans by an upsert; an EXCEPTION also opens a proactive work
 * order for the branch. Because the projection is a function of the set of scans,
 * out-of-order and duplicate events give the same row.
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

    /**
     * Stores the scan and, only if it is new, upserts the projection computed from the waybill's scans: those
     * committed before (this statement's snapshot, taken after the waybill lock) plus the one just inserted.
     * Returns 1 for a new scan, 0 for a repeated one.
     */
    private static final String STORE_AND_PROJECT = """
            with ins as (
                insert into scan_event (event_id, waybill_no, branch, scan_type, scan_time, route_type, location,
                    exception_kind, note, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                returning waybill_no, branch, scan_type, scan_time, route_type),
            s as (
                select waybill_no, branch, scan_type, scan_time, route_type from scan_event where waybill_no = ?
                union all select waybill_no, branch, scan_type, scan_time, route_type from ins)
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
                  from s group by waybill_no) a
            where exists (select 1 from ins)
            on conflict (waybill_no) do update set branch = excluded.branch, route_type = excluded.route_type,
                picked_up_at = excluded.picked_up_at, delivered_at = excluded.delivered_at,
                last_scan_type = excluded.last_scan_type, last_scan_time = excluded.last_scan_time,
                exceptions = excluded.exceptions, promised_at = excluded.promised_at,
                fully_delayed_at = excluded.fully_delayed_at, updated_at = excluded.updated_at""".formatted(LIMIT, RANK);

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

    /** Applies {@code event}; anything but a valid {@code shipment.scanned} is a {@link MalformedEvent}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (!ShipmentEvents.SCANNED.equals(event.type())) {
            throw new MalformedEvent("unknown event type " + event.type() + " on the shipment topic");
        }
        Scanned scan = validated(event, EventCodec.data(event, Scanned.class));
        Instant now = clock.instant();
        boolean fresh = em.unwrap(Session.class).doReturningWork(c -> store(c, event, scan, now));
        if (!fresh) {
            Log.debugf("scan %s %s of %s seen before", scan.scanType(), scan.scanTime(), scan.waybillNo());
            return;
        }
        if (scan.scanType() == ScanType.EXCEPTION) {
            var order = inquiries.openProactive(scan.branch().strip(), scan.waybillNo(), "运单异常 " + scan.exceptionKind()
                    + " at " + (scan.location() == null ? scan.branch() : scan.location())
                    + (scan.note() == null ? "" : ": " + scan.note()));
            Log.infof("exception %s on waybill %s: work order %s for branch %s", scan.exceptionKind(),
                    scan.waybillNo(), order.number(), scan.branch());
        }
    }

    private boolean store(Connection c, EventEnvelope event, Scanned scan, Instant now) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 7))")) {
            lock.setString(1, scan.waybillNo());
            lock.executeQuery().close();
        }
        try (PreparedStatement store = c.prepareStatement(STORE_AND_PROJECT)) {
            int i = 1;
            store.setObject(i++, event.id());
            store.setString(i++, scan.waybillNo());
            store.setString(i++, scan.branch().strip());
            store.setString(i++, scan.scanType().name());
            store.setObject(i++, utc(scan.scanTime()));
            text(store, i++, scan.routeType() == null ? null : scan.routeType().name());
            text(store, i++, scan.location());
            text(store, i++, scan.exceptionKind() == null ? null : scan.exceptionKind().name());
            text(store, i++, scan.note());
            store.setObject(i++, utc(now));
            store.setString(i++, scan.waybillNo());
            for (var route : ShipmentEvents.RouteType.values()) {
                store.setDouble(i++, limits.delivery(route).toSeconds());
            }
            for (var route : ShipmentEvents.RouteType.values()) {
                store.setDouble(i++, limits.fullyDelayed(route).toSeconds());
            }
            store.setObject(i, utc(now));
            return store.executeUpdate() == 1;
        }
    }

    static Scanned validated(EventEnvelope event, Scanned scan) {
        require(scan.waybillNo() != null && !scan.waybillNo().isBlank(), "waybillNo is required");
        require(scan.waybillNo().equals(event.subject()), "subject must be the waybill number");
        require(scan.waybillNo().length() <= 40, "waybillNo is longer than 40");
        require(scan.branch() != null && !scan.branch().isBlank(), "branch is required");
        require(scan.scanType() != null, "scanType is required");
        require(scan.scanTime() != null, "scanTime is required");
        require(scan.scanType() != ScanType.PICKED_UP || scan.routeType() != null,
                "routeType is required on PICKED_UP");
        require((scan.scanType() == ScanType.EXCEPTION) == (scan.exceptionKind() != null),
                "exceptionKind is required on EXCEPTION and only there (one of "
                        + java.util.Arrays.toString(ExceptionKind.values()) + ")");
        return scan;
    }

    private static void require(boolean ok, String reason) {
        if (!ok) {
            throw new MalformedEvent("shipment.scanned: " + reason);
        }
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
