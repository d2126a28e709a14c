package com.careline.claims.shipment;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.claim.ClaimType;
import com.careline.claims.intake.IntakeService;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens a claim when a branch system scans a shipment as damaged (破损), lost (丢失) or short (少货), at the
 * branch that scanned it. Once per event ({@link EventConsumption}'s inbox) and once per waybill and exception
 * kind, however many scans report the same damage.
 *
 * <p>Nearly every record on the topic is an ordinary scan (picked up, in transit, delivered...) that concerns
 * no claim ({@link #concerns}): those cost no inbox row, no parked-record lookup and, for a poll without a
 * claimable scan, no transaction at all.
 */
@ApplicationScoped
public class ShipmentExceptionConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "claims.shipment-exceptions";

    private static final Map<ExceptionKind, ClaimType> CLAIMABLE = Map.of(
            ExceptionKind.DAMAGED, ClaimType.DAMAGE,
            ExceptionKind.LOST, ClaimType.LOSS,
            ExceptionKind.SHORT, ClaimType.SHORTAGE);
    private static final Set<String> CLAIMABLE_NAMES = CLAIMABLE.keySet().stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final EventConsumption consumption;
    private final ClaimRepository claims;
    private final IntakeService intake;

    ShipmentExceptionConsumer(EventConsumption consumption, ClaimRepository claims, IntakeService intake) {
        this.consumption = consumption;
        this.claims = claims;
        this.intake = intake;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.SHIPMENT_EVENTS;
    }

    /**
     * Scans come out of order and more than once anyway, and "one claim per waybill and kind" does not depend
     * on which scan came first: a parked scan (one without a branch, say) holds back no other scan of its
     * waybill, and the next good report of the damage opens the claim.
     */
    @Override
    public boolean ordered() {
        return false;
    }

    @Incoming(Channels.SHIPMENT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    /**
     * Only a claimable exception scan: not another event type, another scan type, or an exception kind that
     * opens no claim (delayed, stranded, wrong goods, or one this service does not know yet: the contract
     * grows additively). An exception scan without its kind is malformed, and goes on to be parked.
     */
    @Override
    public boolean concerns(EventEnvelope event) {
        if (!ShipmentEvents.isExceptionScan(event)) {
            return false;
        }
        String kind = ShipmentEvents.exceptionKindName(event);
        return kind == null || CLAIMABLE_NAMES.contains(kind);
    }

    @Override
    public void apply(EventEnvelope event) {
        if (!ShipmentEvents.SCANNED.equals(event.type())) {
            return;
        }
        ShipmentEvents.Scanned scan = EventCodec.data(event, ShipmentEvents.Scanned.class);
        if (scan.scanType() != ScanType.EXCEPTION) {
            return;
        }
        if (scan.exceptionKind() == null) {
            throw new EventCodec.MalformedEvent("exception scan " + event.id() + " has no exception kind");
        }
        if (!CLAIMABLE.containsKey(scan.exceptionKind())) {
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
