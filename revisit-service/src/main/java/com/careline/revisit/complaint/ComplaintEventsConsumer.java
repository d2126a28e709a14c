package com.careline.revisit.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** complaint.resolved plans a follow-up call; complaint.reopened drops a planned one. Each event acts once. */
@ApplicationScoped
public class ComplaintEventsConsumer {

    static final String CONSUMER = "revisit.complaint-events";

    private final Inbox inbox;
    private final ComplaintFollowUps followUps;

    ComplaintEventsConsumer(Inbox inbox, ComplaintFollowUps followUps) {
        this.inbox = inbox;
        this.followUps = followUps;
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case ComplaintEvents.RESOLVED ->
                followUps.resolved(EventCodec.data(event, ComplaintEvents.Resolved.class), event.correlationId());
            case ComplaintEvents.REOPENED ->
                followUps.reopened(EventCodec.data(event, ComplaintEvents.Reopened.class));
            default -> {
                // other complaint events do not concern the follow-up call
            }
        }
    }
}
