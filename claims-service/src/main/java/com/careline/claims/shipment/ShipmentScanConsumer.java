package com.careline.claims.shipment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.claim.ClaimType;
import com.careline.claims.intake.IntakeService;
import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What claims learn from the branches' scans. A shipment scanned as damaged (破损), lost (丢失) or short (少货)
 * opens a claim at the branch that scanned it, once per event ({@link EventConsumption}'s inbox) and once per
 * waybill and exception kind, however many scans report the same damage. A pickup scan records the waybill's
 * pickup date ({@link WaybillPickups}, one statement per poll), which checks the validity period of a claim
 * whose form does not state it (001 处理有效期).
 *
 * <p>The other scans (in transit, delivered...) concern no claim ({@link #concerns}): they cost no inbox row,
 * no parked-record lookup and, for a poll without a pickup or a claimable scan, no transaction at all.
 */
@ApplicationScoped
public class ShipmentScanConsumer implements EventHandler {

    static final String CONSUMER = "claims.shipment-scans";

    private static final Map<ExceptionKind, ClaimType> CLAIMABLE = Map.of(
            ExceptionKind.DAMAGED, ClaimType.DAMAGE,
            ExceptionKind.LOST, ClaimType.LOSS,
            ExceptionKind.SHORT, ClaimType.SHORTAGE);
    private static final Set<String> CLAIMABLE_NAMES = CLAIMABLE.keySet().stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final EventConsumption consumption;
    private final ClaimRepository claims;
    private final IntakeService intake;
    private final WaybillPickups pickups;
    private final ZoneId zone;

    ShipmentScanConsumer(EventConsumption consumption, ClaimRepository claims, IntakeService intake,
            WaybillPickups pickups, CalendarConfig calendar) {
        this.consumption = consumption;
        this.claims = claims;
        this.intake = intake;
        this.pickups = pickups;
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

    /**
     * Scans come out of order and more than once anyway, and neither "one claim per waybill and kind" nor "the
     * earliest pickup" depends on which scan came first: a parked scan (one without a branch, say) holds back no
     * other scan of its waybill, and the next good report of the damage opens the claim.
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
     * A pickup scan, or a claimable exception scan: not another event type, another scan type, or an exception
     * kind that opens no claim (delayed, stranded, wrong goods, or one this service does not know yet: the
     * contract grows additively). An exception scan without its kind is malformed, and goes on to be parked.
     */
    @Override
    public boolean concerns(EventEnvelope event) {
        return isClaimsConcern(event);
    }

    static boolean isClaimsConcern(EventEnvelope event) {
        if (ShipmentEvents.isScan(event, ScanType.PICKED_UP)) {
            return true;
        }
        if (!ShipmentEvents.isExceptionScan(event)) {
            return false;
        }
        String kind = ShipmentEvents.exceptionKindName(event);
        return kind == null || CLAIMABLE_NAMES.contains(kind);
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        Map<String, LocalDate> pickedUp = new HashMap<>();
        for (EventEnvelope event : events) {
            ShipmentEvents.Scanned scan = EventCodec.data(event, ShipmentEvents.Scanned.class);
            if (scan.scanType() == ScanType.PICKED_UP) {
                if (isBlank(scan.waybillNo()) || scan.scanTime() == null) {
                    throw new EventCodec.MalformedEvent("pickup scan " + event.id() + " has no waybill or time");
                }
                pickedUp.merge(scan.waybillNo(), LocalDate.ofInstant(scan.scanTime(), zone),
                        (a, b) -> a.isBefore(b) ? a : b);
            } else if (scan.scanType() == ScanType.EXCEPTION) {
                exception(event, scan);
            }
        }
        pickups.record(pickedUp);
    }

    private void exception(EventEnvelope event, ShipmentEvents.Scanned scan) {
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
