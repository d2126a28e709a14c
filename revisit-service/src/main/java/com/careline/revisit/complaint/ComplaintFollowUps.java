package com.careline.revisit.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCancelled;
import com.careline.platform.events.revisit.RevisitClocks;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.sla.SlaPolicies;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import com.careline.revisit.revisit.CaseType;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitRepository;
import io.quarkus.logging.Log;

/**
 * Plans the follow-up call of a resolved complaint (003) and drops it when the complaint is reopened. One
 * revisit per resolution: a redelivered {@code complaint.resolved} finds its round taken and does nothing, a
 * complaint resolved again gets a new revisit and its older open one is cancelled.
 *
 * <p>Built for batches ({@link Batch}): the revisits of every complaint of a batch are read with one statement,
 * the events act on them in memory, in order, and the calls they plan (nearly every event: a complaint
 * resolved for the first time) are written at the end with four multi-row statements (revisits, clocks,
 * timeline, outbox) instead of four entities each. Only a cancellation goes through the entities: it is rare,
 * and a call planned earlier in the same batch is written first so that it can be read back and cancelled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComplaintFollowUps {

    /** The revisits of a batch's complaints, kept up to date as its events act, and the calls not written yet. */
    public static final class Batch {

        private final Map<String, List<Revisit>> byComplaint;
        private final Map<UUID, Revisit> unwritten = new LinkedHashMap<>();
        private final List<SlaClock> clocks = new ArrayList<>();
        private final List<CaseJournal.Entry> entries = new ArrayList<>();
        private int scheduled;
        private int late;

        private Batch(Map<String, List<Revisit>> byComplaint) {
            this.byComplaint = byComplaint;
        }

        List<Revisit> of(String complaintId) {
            return byComplaint.computeIfAbsent(complaintId, id -> new ArrayList<>());
        }
    }

    private final RevisitRepository revisits;
    private final CaseJournal journal;
    private final FollowUpWindow window;
    private final SlaClocks clocks;
    private final SlaPolicies policies;
    private final BusinessCalendar calendar;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    ComplaintFollowUps(RevisitRepository revisits, CaseJournal journal, FollowUpWindow window, SlaClocks clocks,
            SlaPolicies policies, BusinessCalendar calendar, PhoneKeys phoneKeys, Clock clock) {
        this.revisits = revisits;
        this.journal = journal;
        this.window = window;
        this.clocks = clocks;
        this.policies = policies;
        this.calendar = calendar;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    /** Starts a batch: reads the revisits of these complaints, whatever their status, with one statement. */
    public Batch batchOf(Collection<String> complaintIds) {
        Map<String, List<Revisit>> byComplaint = new HashMap<>();
        for (Revisit r : revisits.ofCases(CaseType.COMPLAINT, complaintIds)) {
            byComplaint.computeIfAbsent(r.caseId(), id -> new ArrayList<>()).add(r);
        }
        return new Batch(byComplaint);
    }

    public void resolved(Batch batch, ComplaintEvents.Resolved c, String correlationId) {
        if (c.complaintId() == null || c.branch() == null || c.receivedAt() == null || c.resolvedAt() == null) {
            throw new IllegalArgumentException("complaint.resolved without complaintId, branch, receivedAt or resolvedAt");
        }
        String complaintId = c.complaintId().toString();
        List<Revisit> ofComplaint = batch.of(complaintId);
        String round = c.resolvedAt().toString();
        if (ofComplaint.stream().anyMatch(r -> r.round().equals(round))) {
            Log.infof("complaint %s resolved at %s already has its revisit", c.number(), c.resolvedAt());
            return;
        }
        cancelOpen(batch, ofComplaint, complaintId,
                "complaint " + c.number() + " was resolved again at " + c.resolvedAt());
        Instant now = clock.instant();
        FollowUpWindow.Plan plan = window.plan(c.receivedAt(), c.resolvedAt());
        UUID id = TimeOrderedIds.next();
        // the clock counts from the window's opening, not from now; the revisit is new, so it has no clock yet
        // a call in its window is due when the window closes (one source: FollowUpConfig); a late one by its policy
        SlaClock sla = plan.late()
                ? SlaClock.start(id.toString(), correlationId, c.branch(), policies.get(RevisitClocks.COMPLAINT_LATE),
                        calendar, plan.clockStartsAt())
                : SlaClock.startUntil(id.toString(), correlationId, c.branch(),
                        policies.get(RevisitClocks.COMPLAINT_WINDOW), calendar, plan.clockStartsAt(),
                        plan.windowCloses());
        Revisit r = Revisit.afterComplaint(id, complaintId, c.number(), c.branch(), c.customerName(), c.phone(),
                correlationId, c.receivedAt(), c.resolvedAt(), plan.dueOn(), sla.dueAt(), plan.late(),
                plan.lateReason(), now);
        ofComplaint.add(r);
        batch.unwritten.put(id, r);
        batch.clocks.add(sla);
        batch.entries.add(new CaseJournal.Entry(r, Timeline.SYSTEM, "scheduled", "call on " + plan.dueOn() + ", by "
                + sla.dueAt() + (plan.late() ? " (late: " + plan.lateReason() + ")" : ""), RevisitEvents.SCHEDULED,
                new RevisitScheduled(id, CaseType.COMPLAINT.name(), complaintId, c.number(), c.branch(), plan.dueOn(),
                        sla.dueAt(), plan.late(), plan.lateReason(), now, phoneKeys.party(null, c.customerName(), c.phone()))));
        batch.scheduled++;
        batch.late += plan.late() ? 1 : 0;
        Log.debugf("revisit %s of complaint %s scheduled for %s (late=%s), correlation %s", id, c.number(),
                plan.dueOn(), plan.late(), correlationId);
    }

    public void reopened(Batch batch, ComplaintEvents.Reopened c) {
        if (c.complaintId() == null) {
            throw new IllegalArgumentException("complaint.reopened without complaintId");
        }
        String complaintId = c.complaintId().toString();
        cancelOpen(batch, batch.of(complaintId), complaintId,
                "complaint " + c.number() + " was reopened: " + c.reason());
    }

    /** Writes the calls the batch planned; the batch can go on after it. */
    public void write(Batch batch) {
        if (batch.unwritten.isEmpty()) {
            return;
        }
        revisits.insertAll(batch.unwritten.values());
        clocks.insertNew(batch.clocks);
        journal.recordAll(batch.entries);
        batch.unwritten.clear();
        batch.clocks.clear();
        batch.entries.clear();
    }

    /** Says what a batch did, once per batch rather than once per call. */
    public void summarise(Batch batch) {
        if (batch.scheduled > 0) {
            Log.infof("%d follow-up calls scheduled (%d late)", batch.scheduled, batch.late);
        }
    }

    private void cancelOpen(Batch batch, List<Revisit> ofComplaint, String complaintId, String reason) {
        Instant now = clock.instant();
        for (int i = 0; i < ofComplaint.size(); i++) {
            Revisit open = ofComplaint.get(i);
            if (!open.status().isOpen()) {
                continue;
            }
            if (batch.unwritten.containsKey(open.id())) {
                // planned earlier in this batch: written now, read back as an entity to be changed
                write(batch);
                open = revisits.findById(open.id());
                ofComplaint.set(i, open);
            }
            open.cancel(now, reason);
            clocks.stop(open.id().toString(), RevisitClocks.KINDS);
            journal.record(open, Timeline.SYSTEM, "cancelled", reason, RevisitEvents.CANCELLED,
                    new RevisitCancelled(open.id(), open.caseType().name(), complaintId, open.branch(), reason, now));
        }
    }
}
