package com.careline.revisit.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * inquiry.replied (the work order's answer reached the customer) plans a satisfaction survey;
 * inquiry.satisfaction-recorded at the desk cancels it. {@code inquiry.answered} is not used: for a work
 * order it means the handler recorded an answer the customer has not heard yet, and an answer given at once
 * ({@code atOnce}) involved no work order. Each event acts once.
 */
@ApplicationScoped
public class InquiryEventsConsumer {

    static final String CONSUMER = "revisit.inquiry-events";

    private final Inbox inbox;
    private final InquirySurveys surveys;

    InquiryEventsConsumer(Inbox inbox, InquirySurveys surveys) {
        this.inbox = inbox;
        this.surveys = surveys;
    }

    @Incoming(Channels.INQUIRY_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case InquiryEvents.REPLIED ->
                surveys.replied(EventCodec.data(event, InquiryEvents.Replied.class), event.correlationId());
            case InquiryEvents.SATISFACTION_RECORDED ->
                surveys.surveyedAtTheDesk(EventCodec.data(event, InquiryEvents.SatisfactionRecorded.class));
            default -> {
                // registrations, dispatches, answers and delays do not concern the survey
            }
        }
    }
}
