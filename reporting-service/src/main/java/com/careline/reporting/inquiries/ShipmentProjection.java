package com.careline.reporting.inquiries;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Exception scans of the branch systems, counted per day, branch and kind; other scans are ignored. */
@ApplicationScoped
public class ShipmentProjection {

    static final String CONSUMER = "reporting.shipments";

    private final Inbox inbox;
    private final EntityManager em;
    private final ZoneId zone;

    ShipmentProjection(Inbox inbox, EntityManager em, CalendarConfig calendar) {
        this.inbox = inbox;
        this.em = em;
        this.zone = calendar.zone();
    }

    @Incoming(Channels.SHIPMENT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!ShipmentEvents.SCANNED.equals(event.type())) {
            return;
        }
        var scan = EventCodec.data(event, ShipmentEvents.Scanned.class);
        if (scan.scanType() != ShipmentEvents.ScanType.EXCEPTION || scan.exceptionKind() == null) {
            return;
        }
        em.createNativeQuery("insert into shipment_exception_daily (day, branch, kind, exceptions)"
                + " values (:day, :branch, :kind, 1) on conflict (day, branch, kind)"
                + " do update set exceptions = shipment_exception_daily.exceptions + 1")
                .setParameter("day", LocalDate.ofInstant(scan.scanTime(), zone)).setParameter("branch", scan.branch())
                .setParameter("kind", scan.exceptionKind().name()).executeUpdate();
    }
}
