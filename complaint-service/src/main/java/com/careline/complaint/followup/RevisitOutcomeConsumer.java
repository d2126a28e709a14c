package com.careline.complaint.followup;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintJournal;
import com.careline.complaint.complaint.ComplaintRepository;
import com.careline.complaint.complaint.ComplaintService;
import com.careline.complaint.complaint.ComplaintStatus;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.consumer.NotYetApplicable;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Closes the loop (003): a follow-up call that finds the customer satisfied closes a resolved complaint;
 * one that does not reopens it. Each revisit acts once, whatever Kafka redelivers ({@link EventConsumption}).
 * A result about a complaint not here yet (its registration not committed or replicated yet, say) waits and is
 * tried again later ({@link NotYetApplicable}), and is parked only if the complaint never shows up.
 */
@ApplicationScoped
public class RevisitOutcomeConsumer implements EventHandler.PerEvent {

    static final String CONSUMER = "complaint.revisit-outcomes";

    private final EventConsumption consumption;
    private final ComplaintRepository complaints;
    private final ComplaintService service;
    private final ComplaintJournal journal;
    private final Clock clock;

    RevisitOutcomeConsumer(EventConsumption consumption, ComplaintRepository complaints, ComplaintService service,
            ComplaintJournal journal, Clock clock) {
        this.consumption = consumption;
        this.complaints = complaints;
        this.service = service;
        this.journal = journal;
        this.clock = clock;
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
        if (!RevisitEvents.COMPLETED.equals(event.type())) {
            return;
        }
        RevisitCompleted outcome = EventCodec.data(event, RevisitCompleted.class);
        if (!RevisitCompleted.COMPLAINT.equals(outcome.caseType())) {
            return;
        }
        Complaint c = complaints.findById(UUID.fromString(outcome.caseId()));
        if (c == null) {
            throw new NotYetApplicable("revisit " + outcome.revisitId() + " follows unknown complaint "
                    + outcome.caseId());
        }
        if (outcome.satisfied() && c.status() == ComplaintStatus.RESOLVED) {
            c.close(clock.instant());
            journal.record(c, Timeline.SYSTEM, "closed", "follow-up call " + outcome.revisitId()
                    + ": customer satisfied", ComplaintEvents.CLOSED,
                    new ComplaintEvents.Closed(c.id(), c.number(), c.branch(), outcome.revisitId(), clock.instant()));
        } else if (!outcome.satisfied() && ComplaintStatus.Step.REOPEN.isAllowedFrom(c.status())) {
            service.reopen(c, Timeline.SYSTEM, "follow-up call: customer not satisfied"
                    + (outcome.comments() == null ? "" : " (" + outcome.comments() + ")"), outcome.revisitId());
        } else {
            // e.g. the customer came back and it was reopened before the call's result arrived
            Log.infof("revisit %s on complaint %s (%s) changes nothing", outcome.revisitId(), c.number(), c.status());
        }
    }
}
