package com.careline.claims.compensation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.intake.IntakeService;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents.CompensationDecided;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Pays every complaint compensation through a claim, so money leaves the company by one process (003, 001): a
 * compensation agreed within the threshold or signed off on the complaint opens a claim ready to pay, once per
 * decision whatever Kafka redelivers ({@link EventConsumption}'s inbox, then the complaint and decision time,
 * also a unique index). A rejection, and every other complaint event, is dropped before any database work.
 */
@ApplicationScoped
public class CompensationDecisionConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "claims.complaint-compensations";

    private final EventConsumption consumption;
    private final ClaimRepository claims;
    private final IntakeService intake;

    CompensationDecisionConsumer(EventConsumption consumption, ClaimRepository claims, IntakeService intake) {
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
        return Channels.COMPLAINT_EVENTS;
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public boolean concerns(EventEnvelope event) {
        return CompensationRules.mayPay(event.type());
    }

    @Override
    public void apply(EventEnvelope event) {
        CompensationDecided d = EventCodec.data(event, CompensationDecided.class);
        var decision = CompensationRules.decision(event.type(), d);
        if (decision.isEmpty()) {
            return;
        }
        // as the database keeps it, so that a redelivery finds the claim the first delivery stored
        Instant decidedAt = d.at().truncatedTo(ChronoUnit.MICROS);
        if (claims.existsForCompensation(d.complaintId(), decidedAt)) {
            Log.infof("complaint %s's compensation decided at %s has its claim already; event %s opens none",
                    d.number(), decidedAt, event.id());
            return;
        }
        var source = new CompensationSource(d.complaintId(), d.number(), decision.get(), d.by(), d.authorisedBy(),
                decidedAt);
        String description = "compensation on complaint " + d.number()
                + (d.note() == null || d.note().isBlank() ? "" : ": " + d.note());
        intake.openForCompensation(d.branch(), CompensationRules.typeOf(d.category()), blankToNull(d.waybillNo()),
                d.customerName(), d.phone(), d.amount(), description, source, Timeline.SYSTEM);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
