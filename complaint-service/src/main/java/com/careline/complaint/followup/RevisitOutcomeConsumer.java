package com.careline.complaint.followup;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitUnreachable;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The follow-up results of complaints from revisit-service: decodes and dispatches to {@link FollowUpOutcomes}.
 * Each revisit acts once, whatever Kafka redelivers ({@link EventConsumption}).
 */
@ApplicationScoped
public class RevisitOutcomeConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "complaint.revisit-outcomes";

    private final EventConsumption consumption;
    private final FollowUpOutcomes outcomes;

    RevisitOutcomeConsumer(EventConsumption consumption, FollowUpOutcomes outcomes) {
        this.consumption = consumption;
        this.outcomes = outcomes;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.REVISIT_EVENTS;
    }

    @Incoming(Channels.REVISIT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(EventEnvelope event) {
        if (RevisitEvents.COMPLETED.equals(event.type())) {
            RevisitCompleted outcome = EventCodec.data(event, RevisitCompleted.class);
            if (RevisitCompleted.COMPLAINT.equals(outcome.caseType())) {
                outcomes.completed(outcome);
            }
        } else if (RevisitEvents.UNREACHABLE.equals(event.type())) {
            RevisitUnreachable given = EventCodec.data(event, RevisitUnreachable.class);
            // only a supervisor's decision closes; a follow-up that merely ran out of calls leaves it as it is
            if (RevisitCompleted.COMPLAINT.equals(given.caseType()) && given.decidedBy() != null) {
                outcomes.unreachable(given);
            }
        }
    }
}
