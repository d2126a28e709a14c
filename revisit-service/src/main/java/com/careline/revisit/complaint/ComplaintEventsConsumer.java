package com.careline.revisit.complaint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * complaint.resolved plans a follow-up call; complaint.reopened drops a planned one. Each event acts once
 * ({@link EventConsumption}). A poll's events are read first, then the revisits of all their complaints are
 * looked up with one statement, then the events act in their order; the hot path (a complaint resolved for
 * the first time) reads nothing more, and the calls it plans are written with multi-row statements at the
 * end ({@link ComplaintFollowUps.Batch}).
 */
@ApplicationScoped
public class ComplaintEventsConsumer implements EventHandler {

    static final String CONSUMER = "revisit.complaint-events";

    private final EventConsumption consumption;
    private final ComplaintFollowUps followUps;

    ComplaintEventsConsumer(EventConsumption consumption, ComplaintFollowUps followUps) {
        this.consumption = consumption;
        this.followUps = followUps;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.COMPLAINT_EVENTS;
    }

    /** The other complaint events are dropped before any database work: no transaction, no inbox row. */
    @Override
    public boolean concerns(EventEnvelope event) {
        return ComplaintEvents.RESOLVED.equals(event.type()) || ComplaintEvents.REOPENED.equals(event.type());
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    /** An event that concerns the follow-up call, with its data read. */
    private record Step(EventEnvelope event, Object data) {
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        List<Step> steps = new ArrayList<>();
        Set<String> complaintIds = new LinkedHashSet<>();
        for (EventEnvelope event : events) {
            switch (event.type()) {
                case ComplaintEvents.RESOLVED -> {
                    var resolved = EventCodec.data(event, ComplaintEvents.Resolved.class);
                    steps.add(new Step(event, resolved));
                    if (resolved.complaintId() != null) {
                        complaintIds.add(resolved.complaintId().toString());
                    }
                }
                case ComplaintEvents.REOPENED -> {
                    var reopened = EventCodec.data(event, ComplaintEvents.Reopened.class);
                    steps.add(new Step(event, reopened));
                    if (reopened.complaintId() != null) {
                        complaintIds.add(reopened.complaintId().toString());
                    }
                }
                default -> throw new IllegalArgumentException("not an event of the follow-up call: " + event.type());
            }
        }
        ComplaintFollowUps.Batch batch = followUps.batchOf(complaintIds);
        for (Step step : steps) {
            if (step.data() instanceof ComplaintEvents.Resolved resolved) {
                followUps.resolved(batch, resolved, step.event().correlationId());
            } else if (step.data() instanceof ComplaintEvents.Reopened reopened) {
                followUps.reopened(batch, reopened);
            }
        }
        followUps.write(batch);
        followUps.summarise(batch);
    }
}
