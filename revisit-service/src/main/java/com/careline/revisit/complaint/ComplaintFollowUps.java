package com.careline.revisit.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCancelled;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.Timeline;
import com.careline.revisit.revisit.CaseType;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitClocks;
import com.careline.revisit.revisit.RevisitJournal;
import com.careline.revisit.revisit.RevisitRepository;
import io.quarkus.logging.Log;

/**
 * Plans the follow-up call of a resolved complaint (003) and drops it when the complaint is reopened. One
 * revisit per resolution: a redelivered {@code complaint.resolved} finds its round taken and does nothing, a
 * complaint resolved again gets a new revisit and its older open one is cancelled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintFollowUps {

    private final RevisitRepository revisits;
    private final RevisitJournal journal;
    private final FollowUpWindow window;
    private final SlaClocks clocks;
    private final Clock clock;

    ComplaintFollowUps(RevisitRepository revisits, RevisitJournal journal, FollowUpWindow window, SlaClocks clocks,
            Clock clock) {
        this.revisits = revisits;
        this.journal = journal;
        this.window = window;
        this.clocks = clocks;
        this.clock = clock;
    }

    public void resolved(ComplaintEvents.Resolved c, String correlationId) {
        if (c.complaintId() == null || c.branch() == null || c.receivedAt() == null || c.resolvedAt() == null) {
            throw new IllegalArgumentException("complaint.resolved without complaintId, branch, receivedAt or resolvedAt");
        }
        String complaintId = c.complaintId().toString();
        if (revisits.exists(CaseType.COMPLAINT, complaintId, c.resolvedAt().toString())) {
            Log.infof("complaint %s resolved at %s already has its revisit", c.number(), c.resolvedAt());
            return;
        }
        cancelOpen(complaintId, "complaint " + c.number() + " was resolved again at " + c.resolvedAt());
        Instant now = clock.instant();
        FollowUpWindow.Plan plan = window.plan(c.receivedAt(), c.resolvedAt());
        UUID id = UUID.randomUUID();
        // the clock counts from the window's opening, not from now
        String kind = plan.late() ? RevisitClocks.COMPLAINT_LATE : RevisitClocks.COMPLAINT_WINDOW;
        SlaClock sla = clocks.startAt(id.toString(), kind, correlationId, c.branch(), plan.clockStartsAt());
        Revisit r = Revisit.afterComplaint(id, complaintId, c.number(), c.branch(), c.customerName(), c.phone(),
                correlationId, c.receivedAt(), c.resolvedAt(), plan.dueOn(), sla.dueAt(), plan.late(),
                plan.lateReason(), now);
        revisits.persist(r);
        journal.record(r, Timeline.SYSTEM, "scheduled", "call on " + plan.dueOn() + ", by " + sla.dueAt()
                + (plan.late() ? " (late: " + plan.lateReason() + ")" : ""), RevisitEvents.SCHEDULED,
                new RevisitScheduled(id, CaseType.COMPLAINT.name(), complaintId, c.number(), c.branch(), plan.dueOn(),
                        sla.dueAt(), plan.late(), plan.lateReason(), now));
        Log.infof("revisit %s of complaint %s scheduled for %s (late=%s), correlation %s", id, c.number(),
                plan.dueOn(), plan.late(), correlationId);
    }

    public void reopened(ComplaintEvents.Reopened c) {
        cancelOpen(c.complaintId().toString(), "complaint " + c.number() + " was reopened: " + c.reason());
    }

    private void cancelOpen(String complaintId, String reason) {
        Instant now = clock.instant();
        for (Revisit open : revisits.openFor(CaseType.COMPLAINT, complaintId)) {
            open.cancel(now, reason);
            clocks.stop(open.id().toString(), RevisitClocks.KINDS);
            journal.record(open, Timeline.SYSTEM, "cancelled", reason, RevisitEvents.CANCELLED,
                    new RevisitCancelled(open.id(), open.caseType().name(), complaintId, open.branch(), reason, now));
        }
    }
}
