package com.careline.revisit.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCancelled;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.sla.SlaPolicies;
import com.careline.platform.timeline.Timeline;
import com.careline.revisit.revisit.CaseType;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitClocks;
import com.careline.revisit.revisit.RevisitJournal;
import com.careline.revisit.revisit.RevisitRepository;
import com.careline.revisit.revisit.RevisitStatus;
import io.quarkus.logging.Log;

/**
 * Plans the follow-up call of a resolved complaint (003) and drops it when the complaint is reopened. One
 * revisit per resolution: a redelivered {@code complaint.resolved} finds its round taken and does nothing, a
 * complaint resolved again gets a new revisit and its older open one is cancelled.
 *
 * <p>Built for batches: {@link #revisitsOf} reads the revisits of every complaint of a batch in one statement,
 * and the events then act on that in memory, in order. A complaint resolved for the first time (nearly every
 * event) is not looked up again: its revisit, its clock, its timeline line and its event are four inserts that
 * wait for the flush at commit, where Hibernate sends them as JDBC batches.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintFollowUps {

    /** The revisits of a batch's complaints, kept up to date as its events act. */
    public static final class KnownRevisits {

        private final Map<String, List<Revisit>> byComplaint;

        private KnownRevisits(Map<String, List<Revisit>> byComplaint) {
            this.byComplaint = byComplaint;
        }

        List<Revisit> of(String complaintId) {
            return byComplaint.computeIfAbsent(complaintId, id -> new ArrayList<>());
        }
    }

    private final RevisitRepository revisits;
    private final RevisitJournal journal;
    private final FollowUpWindow window;
    private final SlaClocks clocks;
    private final SlaPolicies policies;
    private final BusinessCalendar calendar;
    private final EntityManager em;
    private final Clock clock;

    ComplaintFollowUps(RevisitRepository revisits, RevisitJournal journal, FollowUpWindow window, SlaClocks clocks,
            SlaPolicies policies, BusinessCalendar calendar, EntityManager em, Clock clock) {
        this.revisits = revisits;
        this.journal = journal;
        this.window = window;
        this.clocks = clocks;
        this.policies = policies;
        this.calendar = calendar;
        this.em = em;
        this.clock = clock;
    }

    /** Reads the revisits of these complaints, whatever their status, with one statement. */
    public KnownRevisits revisitsOf(Collection<String> complaintIds) {
        Map<String, List<Revisit>> byComplaint = new HashMap<>();
        for (Revisit r : revisits.ofCases(CaseType.COMPLAINT, complaintIds)) {
            byComplaint.computeIfAbsent(r.caseId(), id -> new ArrayList<>()).add(r);
        }
        return new KnownRevisits(byComplaint);
    }

    /** {@code known} holds the complaint's revisits ({@link #revisitsOf}); the new one is added to it. */
    public void resolved(KnownRevisits known, ComplaintEvents.Resolved c, String correlationId) {
        if (c.complaintId() == null || c.branch() == null || c.receivedAt() == null || c.resolvedAt() == null) {
            throw new IllegalArgumentException("complaint.resolved without complaintId, branch, receivedAt or resolvedAt");
        }
        String complaintId = c.complaintId().toString();
        List<Revisit> ofComplaint = known.of(complaintId);
        String round = c.resolvedAt().toString();
        if (ofComplaint.stream().anyMatch(r -> r.round().equals(round))) {
            Log.infof("complaint %s resolved at %s already has its revisit", c.number(), c.resolvedAt());
            return;
        }
        cancelOpen(ofComplaint, complaintId, "complaint " + c.number() + " was resolved again at " + c.resolvedAt());
        Instant now = clock.instant();
        FollowUpWindow.Plan plan = window.plan(c.receivedAt(), c.resolvedAt());
        UUID id = UUID.randomUUID();
        // the clock counts from the window's opening, not from now. The revisit is new, so it has no clock to
        // restart: started here without the lookup of SlaClocks.startAt (SlaClocks.startNew counts from now).
        String kind = plan.late() ? RevisitClocks.COMPLAINT_LATE : RevisitClocks.COMPLAINT_WINDOW;
        SlaClock sla = SlaClock.start(id.toString(), correlationId, c.branch(), policies.get(kind), calendar,
                plan.clockStartsAt());
        Revisit r = Revisit.afterComplaint(id, complaintId, c.number(), c.branch(), c.customerName(), c.phone(),
                correlationId, c.receivedAt(), c.resolvedAt(), plan.dueOn(), sla.dueAt(), plan.late(),
                plan.lateReason(), now);
        revisits.persist(r);
        em.persist(sla);
        ofComplaint.add(r);
        journal.record(r, Timeline.SYSTEM, "scheduled", "call on " + plan.dueOn() + ", by " + sla.dueAt()
                + (plan.late() ? " (late: " + plan.lateReason() + ")" : ""), RevisitEvents.SCHEDULED,
                new RevisitScheduled(id, CaseType.COMPLAINT.name(), complaintId, c.number(), c.branch(), plan.dueOn(),
                        sla.dueAt(), plan.late(), plan.lateReason(), now));
        Log.infof("revisit %s of complaint %s scheduled for %s (late=%s), correlation %s", id, c.number(),
                plan.dueOn(), plan.late(), correlationId);
    }

    /** {@code known} holds the complaint's revisits ({@link #revisitsOf}). */
    public void reopened(KnownRevisits known, ComplaintEvents.Reopened c) {
        if (c.complaintId() == null) {
            throw new IllegalArgumentException("complaint.reopened without complaintId");
        }
        String complaintId = c.complaintId().toString();
        cancelOpen(known.of(complaintId), complaintId, "complaint " + c.number() + " was reopened: " + c.reason());
    }

    private void cancelOpen(List<Revisit> ofComplaint, String complaintId, String reason) {
        Instant now = clock.instant();
        for (Revisit open : ofComplaint) {
            if (open.status() != RevisitStatus.SCHEDULED) {
                continue;
            }
            open.cancel(now, reason);
            clocks.stop(open.id().toString(), RevisitClocks.KINDS);
            journal.record(open, Timeline.SYSTEM, "cancelled", reason, RevisitEvents.CANCELLED,
                    new RevisitCancelled(open.id(), open.caseType().name(), complaintId, open.branch(), reason, now));
        }
    }
}
