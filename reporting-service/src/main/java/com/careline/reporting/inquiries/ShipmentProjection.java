package com.careline.reporting.inquiries;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.batch.Rows;
import com.careline.reporting.rebuild.Projection;
import com.careline.reporting.rebuild.SwapLock;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Exception scans of the branch systems, counted per day, branch and kind; other scans are ignored. Counts
 * commute: a poll's exception scans are summed in Java and added with one upsert.
 */
@ApplicationScoped
public class ShipmentProjection implements Projection {

    static final String CONSUMER = "reporting.shipments";

    private final EventConsumption consumption;
    private final SwapLock swap;
    private final EntityManager em;
    private final ZoneId zone;

    ShipmentProjection(EventConsumption consumption, SwapLock swap, EntityManager em, CalendarConfig calendar) {
        this.consumption = consumption;
        this.swap = swap;
        this.em = em;
        this.zone = calendar.zone();
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.SHIPMENT_EVENTS;
    }

    @Override
    public void begin() {
        swap.awaitSwap();
    }

    /** Counts commute: a parked scan holds no other back. */
    @Override
    public boolean ordered() {
        return false;
    }

    /** Only exception scans are counted; the rest of the stream costs no database work. */
    @Override
    public boolean concerns(EventEnvelope event) {
        return ShipmentEvents.isExceptionScan(event);
    }

    @Incoming(Channels.SHIPMENT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    private record Key(LocalDate day, String branch, String kind) {
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        Map<Key, long[]> exceptions = new HashMap<>();
        for (EventEnvelope event : events) {
            if (!ShipmentEvents.SCANNED.equals(event.type())) {
                continue;
            }
            var scan = EventCodec.data(event, ShipmentEvents.Scanned.class);
            if (scan.scanType() != ShipmentEvents.ScanType.EXCEPTION || scan.exceptionKind() == null) {
                continue;
            }
            Key key = new Key(LocalDate.ofInstant(scan.scanTime(), zone), scan.branch(), scan.exceptionKind().name());
            exceptions.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        Rows rows = new Rows(4);
        exceptions.forEach((k, n) -> rows.add(k.day(), k.branch(), k.kind(), n[0]));
        // in key order: the consumers of the other partitions add to the same rows and lock them in that order
        rows.execute(em, """
                insert into shipment_exception_daily (day, branch, kind, exceptions)
                select * from unnest(?::date[], ?::text[], ?::text[], ?::bigint[]) as v(day, branch, kind, exceptions)
                order by day, branch, kind
                on conflict (day, branch, kind) do update
                set exceptions = shipment_exception_daily.exceptions + excluded.exceptions""");
    }
}
