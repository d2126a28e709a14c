package com.careline.revisit.inquiry;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.inquiry.InquiryEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * inquiry.replied (the work order's answer reached the customer) plans a satisfaction survey;
 * inquiry.satisfaction-recorded at the desk cancels it. {@code inquiry.answered} is not used: for a work
 * order it means the handler recorded an answer the customer has not heard yet, and an answer given at once
 * ({@code atOnce}) involved no work order. Each event acts once ({@link EventConsumption}).
 */
@ApplicationScoped
public class InquiryEventsConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "revisit.inquiry-events";

    private final EventConsumption consumption;
    private final InquirySurveys surveys;

    InquiryEventsConsumer(EventConsumption consumption, InquirySurveys surveys) {
        this.consumption = consumption;
        this.surveys = surveys;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.INQUIRY_EVENTS;
    }

    @Incoming(Channels.INQUIRY_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(EventEnvelope event) {
        switch (event.type()) {
            case InquiryEvents.REPLIED ->
                surveys.replied(EventCodec.data(event, InquiryEvents.Replied.class), event.correlationId());
            case InquiryEvents.SATISFACTION_RECORDED ->
                surveys.surveyedAtTheDesk(EventCodec.data(event, InquiryEvents.SatisfactionRecorded.class));
            case InquiryEvents.ARCHIVED -> surveys.archived(EventCodec.data(event, InquiryEvents.Archived.class));
            default -> {
                // registrations, dispatches, answers and delays do not concern the survey
            }
        }
    }
}
