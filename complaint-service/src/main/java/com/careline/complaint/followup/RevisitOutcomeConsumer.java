package com.careline.complaint.followup;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintJournal;
import com.careline.complaint.complaint.ComplaintRepository;
import com.careline.complaint.complaint.ComplaintService;
import com.careline.complaint.complaint.ComplaintStatus;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.inbox.Inbox;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Closes the loop (003): a follow-up call that finds the customer satisfied closes a resolved complaint;
 * one that does not reopens it. Each revisit acts once, whatever Kafka redelivers.
 */
@ApplicationScoped
public class RevisitOutcomeConsumer {

    static final String CONSUMER = "complaint.revisit-outcomes";

    private final Inbox inbox;
    private final ComplaintRepository complaints;
    private final ComplaintService service;
    private final ComplaintJournal journal;
    private final Clock clock;

    RevisitOutcomeConsumer(Inbox inbox, ComplaintRepository complaints, ComplaintService service,
            ComplaintJournal journal, Clock clock) {
        this.inbox = inbox;
        this.complaints = complaints;
        this.service = service;
        this.journal = journal;
        this.clock = clock;
    }

    @Incoming(Channels.REVISIT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!RevisitEvents.COMPLETED.equals(event.type())) {
            return;
        }
        RevisitCompleted outcome = EventCodec.data(event, RevisitCompleted.class);
        if (!RevisitCompleted.COMPLAINT.equals(outcome.caseType())) {
            return;
        }
        Complaint c = complaints.findById(UUID.fromString(outcome.caseId()));
        if (c == null) {
            throw new IllegalStateException("revisit " + outcome.revisitId() + " follows unknown complaint "
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
