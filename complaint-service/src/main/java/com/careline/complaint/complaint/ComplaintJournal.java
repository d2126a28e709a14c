package com.careline.complaint.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.timeline.Timeline;
import com.careline.platform.events.Topics;
import com.careline.platform.outbox.Outbox;

/**
 * Every change of a complaint is written twice in its transaction: a line on the timeline for the
 * people following the case, an event in the outbox for the other services.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintJournal {

    private final Timeline timeline;
    private final Outbox outbox;

    ComplaintJournal(Timeline timeline, Outbox outbox) {
        this.timeline = timeline;
        this.outbox = outbox;
    }

    public void record(Complaint complaint, String actor, String action, String detail, String eventType, Object data) {
        timeline.record(complaint.id(), actor, action, detail);
        outbox.stage(Topics.COMPLAINT_EVENTS, eventType, complaint.id().toString(), complaint.correlationId(), data);
    }
}
