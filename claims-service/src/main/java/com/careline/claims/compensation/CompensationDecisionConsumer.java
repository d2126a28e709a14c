package com.careline.claims.compensation;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents.CompensationDecided;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Pays every complaint compensation through a claim, so money leaves the company by one process (003, 001): a
 * compensation agreed within the threshold or signed off on the complaint opens a claim ready to pay, once per
 * decision whatever Kafka redelivers ({@link EventConsumption}'s inbox, then the complaint and decision time,
 * also a unique index); a later decision replaces an unpaid earlier one ({@link CompensationPayments}). A
 * rejection, and every other complaint event, is dropped before any database work.
 */
@ApplicationScoped
public class CompensationDecisionConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "claims.complaint-compensations";

    private final EventConsumption consumption;
    private final CompensationPayments payments;

    CompensationDecisionConsumer(EventConsumption consumption, CompensationPayments payments) {
        this.consumption = consumption;
        this.payments = payments;
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
        payments.pay(d, decision.get());
    }
}
