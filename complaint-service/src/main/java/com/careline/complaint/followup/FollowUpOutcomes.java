package com.careline.complaint.followup;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintRepository;
import com.careline.complaint.complaint.ComplaintService;
import com.careline.complaint.complaint.ComplaintStatus;
import com.careline.platform.consumer.NotYetApplicable;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitUnreachable;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;

/**
 * Closes the loop (003): a follow-up call that finds the customer satisfied closes a resolved complaint; one
 * that does not reopens it; a supervisor's decision that the customer cannot be reached closes it as
 * unreachable, the one close without a satisfied call (003 (5)). A result about a complaint not here yet (its
 * registration not committed or replicated yet, say) waits and is tried again later ({@link NotYetApplicable}),
 * and is parked only if the complaint never shows up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowUpOutcomes {

    private final ComplaintRepository complaints;
    private final ComplaintService service;
    private final CaseJournal journal;
    private final Clock clock;

    FollowUpOutcomes(ComplaintRepository complaints, ComplaintService service, CaseJournal journal,
            Clock clock) {
        this.complaints = complaints;
        this.service = service;
        this.journal = journal;
        this.clock = clock;
    }

    public void completed(RevisitCompleted outcome) {
        Complaint c = complaint(outcome.revisitId(), outcome.caseId());
        if (outcome.satisfied() && c.status() == ComplaintStatus.RESOLVED) {
            c.close(clock.instant());
            journal.record(c, Timeline.SYSTEM, "closed", "follow-up call " + outcome.revisitId()
                    + ": customer satisfied", ComplaintEvents.CLOSED, new ComplaintEvents.Closed(c.id(), c.number(),
                            c.branch(), outcome.revisitId(), clock.instant(), false, null));
        } else if (!outcome.satisfied() && ComplaintStatus.Step.REOPEN.isAllowedFrom(c.status())) {
            service.reopen(c, Timeline.SYSTEM, "follow-up call: customer not satisfied"
                    + (outcome.comments() == null ? "" : " (" + outcome.comments() + ")"), outcome.revisitId());
        } else {
            // e.g. the customer came back and it was reopened before the call's result arrived
            Log.infof("revisit %s on complaint %s (%s) changes nothing", outcome.revisitId(), c.number(), c.status());
        }
    }

    public void unreachable(RevisitUnreachable given) {
        Complaint c = complaint(given.revisitId(), given.caseId());
        if (c.status() != ComplaintStatus.RESOLVED) {
            Log.infof("revisit %s gave up on complaint %s, which is %s: nothing to close", given.revisitId(),
                    c.number(), c.status());
            return;
        }
        c.closeUnreachable(clock.instant(), given.reason());
        journal.record(c, given.decidedBy(), "closed", "customer unreachable after " + given.attempts()
                + " follow-up calls: " + given.reason(), ComplaintEvents.CLOSED, new ComplaintEvents.Closed(c.id(),
                        c.number(), c.branch(), given.revisitId(), clock.instant(), true, given.reason()));
    }

    private Complaint complaint(UUID revisitId, String complaintId) {
        return NotYetApplicable.require(complaintId, complaints::findById, "complaint", "revisit " + revisitId);
    }
}
