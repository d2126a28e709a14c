package com.careline.inquiry.survey;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.revisit.RevisitCancelled;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.events.revisit.RevisitUnreachable;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The follow-up survey's life as revisit-service publishes it, for the inquiries it follows up (002 3 (3)):
 * planned, then completed (its result recorded here), cancelled or given up. Decodes and dispatches only;
 * {@link SurveyResults} acts. Each event acts once ({@link EventConsumption}).
 */
@ApplicationScoped
public class SurveyResultConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "inquiry.survey-results";

    private final EventConsumption consumption;
    private final SurveyResults surveys;

    SurveyResultConsumer(EventConsumption consumption, SurveyResults surveys) {
        this.consumption = consumption;
        this.surveys = surveys;
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
        switch (event.type()) {
            case RevisitEvents.SCHEDULED -> {
                var r = EventCodec.data(event, RevisitScheduled.class);
                if (RevisitCompleted.INQUIRY.equals(r.caseType())) {
                    surveys.planned(r.caseId(), r.revisitId());
                }
            }
            case RevisitEvents.COMPLETED -> {
                var r = EventCodec.data(event, RevisitCompleted.class);
                if (RevisitCompleted.INQUIRY.equals(r.caseType())) {
                    surveys.completed(r);
                }
            }
            case RevisitEvents.UNREACHABLE -> {
                var r = EventCodec.data(event, RevisitUnreachable.class);
                if (RevisitCompleted.INQUIRY.equals(r.caseType())) {
                    surveys.ended(r.caseId(), r.revisitId(), "customer not reached in " + r.attempts() + " calls");
                }
            }
            case RevisitEvents.CANCELLED -> {
                var r = EventCodec.data(event, RevisitCancelled.class);
                if (RevisitCompleted.INQUIRY.equals(r.caseType())) {
                    surveys.ended(r.caseId(), r.revisitId(), "cancelled: " + r.reason());
                }
            }
            default -> {
                // attempts, decisions, escalations: nothing for the inquiry
            }
        }
    }
}
