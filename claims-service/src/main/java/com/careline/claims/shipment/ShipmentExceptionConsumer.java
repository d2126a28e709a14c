package com.careline.claims.shipment;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.claim.ClaimType;
import com.careline.claims.intake.IntakeService;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.inbox.Inbox;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a claim when a branch system scans a shipment as damaged (破损), lost (丢失) or short (少货), at the
 * branch that scanned it. Once per event (Inbox) and once per waybill and exception kind, however many
 * scans report the same damage.
 */
@ApplicationScoped
public class ShipmentExceptionConsumer {

    static final String CONSUMER = "claims.shipment-exceptions";

    private static final Map<ExceptionKind, ClaimType> CLAIMABLE = Map.of(
            ExceptionKind.DAMAGED, ClaimType.DAMAGE,
            ExceptionKind.LOST, ClaimType.LOSS,
            ExceptionKind.SHORT, ClaimType.SHORTAGE);

    private final Inbox inbox;
    private final ClaimRepository claims;
    private final IntakeService intake;

    ShipmentExceptionConsumer(Inbox inbox, ClaimRepository claims, IntakeService intake) {
        this.inbox = inbox;
        this.claims = claims;
        this.intake = intake;
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
        ShipmentEvents.Scanned scan = EventCodec.data(event, ShipmentEvents.Scanned.class);
        if (scan.scanType() != ScanType.EXCEPTION || !CLAIMABLE.containsKey(scan.exceptionKind())) {
            return;
        }
        if (isBlank(scan.waybillNo()) || isBlank(scan.branch())) {
            throw new EventCodec.MalformedEvent("exception scan " + event.id() + " has no waybill or branch");
        }
        String kind = scan.exceptionKind().name();
        if (claims.existsForException(scan.waybillNo(), kind)) {
            Log.infof("waybill %s already has a claim for %s; scan %s opens none", scan.waybillNo(), kind, event.id());
            return;
        }
        String description = "shipment exception " + kind + " scanned " + scan.scanTime()
                + (isBlank(scan.location()) ? "" : " at " + scan.location())
                + (isBlank(scan.note()) ? "" : ": " + scan.note());
        intake.openFromException(scan.branch(), scan.waybillNo(), CLAIMABLE.get(scan.exceptionKind()), kind,
                description, event.correlationId(), Timeline.SYSTEM);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
