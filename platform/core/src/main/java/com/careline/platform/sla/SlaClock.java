package com.careline.platform.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;

/**
 * The clock of one time limit on one case. Its rules are plain methods, so tests drive them without
 * Quarkus; {@link SlaClocks} and {@link SlaTicker} persist them.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private String caseId;
    private String kind;
    @Column(name = "correlation_id")
    private String correlationId;
    private String branch;
    @Enumerated(EnumType.STRING)
    private SlaClockState state;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    private int level;
    @Column(name = "next_escalation_at")
    private Instant nextEscalationAt;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "breached_at")
    private Instant breachedAt;
    @Column(name = "stopped_at")
    private Instant stoppedAt;
    @Column(name = "quarantined_at")
    private Instant quarantinedAt;
    @Column(name = "quarantine_reason")
    private String quarantineReason;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "sla_clock_pause", joinColumns = @JoinColumn(name = "clock_id"))
    @OrderBy("pausedAt")
    private List<ClockPause> pauses = new ArrayList<>();

    protected SlaClock() {
    }

    public static SlaClock start(String caseId, String correlationId, String branch, SlaPolicy policy,
            BusinessCalendar calendar, Instant at) {
        return start(caseId, correlationId, branch, policy, calendar, at, policy.dueFrom(calendar, at));
    }

    private static SlaClock start(String caseId, String correlationId, String branch, SlaPolicy policy,
            BusinessCalendar calendar, Instant at, Instant due) {
        SlaClock clock = new SlaClock();
        clock.id = TimeOrderedIds.next();
        clock.caseId = caseId;
        clock.kind = policy.kind();
        clock.correlationId = correlationId;
        clock.branch = branch;
        clock.restartUntil(at, due, policy, calendar);
        return clock;
    }

    /**
     * A clock due at a time its case sets rather than its policy's duration (the end of a follow-up window,
     * whose days are configured with the window): one source for the deadline. The ladder is the policy's.
     */
    public static SlaClock startUntil(String caseId, String correlationId, String branch, SlaPolicy policy,
            BusinessCalendar calendar, Instant at, Instant due) {
        if (!due.isAfter(at)) {
            throw new IllegalArgumentException("clock " + policy.kind() + " due " + due + " is not after its start " + at);
        }
        return start(caseId, correlationId, branch, policy, calendar, at, due);
    }

    /** Counts the limit afresh from {@code at}, e.g. when a case is transferred again or reopened. */
    public void restart(Instant at, SlaPolicy policy, BusinessCalendar calendar) {
        restartUntil(at, policy.dueFrom(calendar, at), policy, calendar);
    }

    private void restartUntil(Instant at, Instant due, SlaPolicy policy, BusinessCalendar calendar) {
        state = SlaClockState.RUNNING;
        startedAt = at;
        dueAt = due;
        level = 0;
        nextEscalationAt = policy.escalationAt(calendar, dueAt, 1).orElseThrow();
        pausedAt = null;
        breachedAt = null;
        stoppedAt = null;
        pauses.clear();
    }

    /** Stops counting; the remaining time is kept for {@link #resume}. Only a running, unbreached clock pauses. */
    public void pause(Instant at, String reason) {
        if (state != SlaClockState.RUNNING) {
            throw new Conflict("clock " + kind + " is " + state + " and cannot be paused");
        }
        state = SlaClockState.PAUSED;
        pausedAt = at;
        nextEscalationAt = null;
        pauses.add(new ClockPause(at, reason));
    }

    /** Counts again: the due time moves by the time (in the policy's basis) the clock stood still. */
    public void resume(Instant at, SlaPolicy policy, BusinessCalendar calendar) {
        if (state != SlaClockState.PAUSED) {
            throw new Conflict("clock " + kind + " is " + state + " and cannot be resumed");
        }
        Duration remaining = policy.basis().between(calendar, pausedAt, dueAt);
        dueAt = policy.basis().plus(calendar, at, remaining);
        pauses.get(pauses.size() - 1).resume(at);
        pausedAt = null;
        state = SlaClockState.RUNNING;
        nextEscalationAt = policy.escalationAt(calendar, dueAt, level + 1).orElse(null);
    }

    /** The awaited work is done: met if in time; a breached clock stays breached and stops escalating. */
    public void stop(Instant at) {
        if (stoppedAt != null) {
            return;
        }
        if (state == SlaClockState.RUNNING || state == SlaClockState.PAUSED) {
            state = SlaClockState.MET;
        }
        stoppedAt = at;
        pausedAt = null;
        nextEscalationAt = null;
    }

    /**
     * Raises every rung whose time has come by {@code now} (a late tick catches up rung by rung) and returns
     * their levels; each level is raised once because the next escalation time moves past it.
     */
    public List<Integer> escalate(Instant now, SlaPolicy policy, BusinessCalendar calendar) {
        List<Integer> raised = new ArrayList<>();
        while (nextEscalationAt != null && !nextEscalationAt.isAfter(now)) {
            if (level >= policy.ladder().size()) {
                // the ladder was shortened under a clock already above it: it stays at its top rung
                nextEscalationAt = null;
                break;
            }
            level++;
            raised.add(level);
            if (state == SlaClockState.RUNNING) {
                state = SlaClockState.BREACHED;
                breachedAt = nextEscalationAt;
            }
            nextEscalationAt = policy.escalationAt(calendar, dueAt, level + 1).orElse(null);
        }
        return raised;
    }

    /** Sets the clock aside: the ticker cannot escalate it (e.g. its kind has no policy any more). */
    public void quarantine(Instant at, String reason) {
        quarantinedAt = at;
        quarantineReason = reason;
        nextEscalationAt = null;
    }

    /** Back to the ticker under {@code policy}: the next rung is reckoned again; one missed meanwhile is raised. */
    public void release(SlaPolicy policy, BusinessCalendar calendar) {
        if (quarantinedAt == null) {
            throw new Conflict("clock " + kind + " of case " + caseId + " is not quarantined");
        }
        quarantinedAt = null;
        quarantineReason = null;
        nextEscalationAt = stoppedAt != null || state == SlaClockState.PAUSED ? null
                : policy.escalationAt(calendar, dueAt, level + 1).orElse(null);
    }

    public Instant quarantinedAt() {
        return quarantinedAt;
    }

    public String quarantineReason() {
        return quarantineReason;
    }

    public UUID id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String kind() {
        return kind;
    }

    public String correlationId() {
        return correlationId;
    }

    public SlaClockState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public int level() {
        return level;
    }

    public Instant nextEscalationAt() {
        return nextEscalationAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public String branch() {
        return branch;
    }

    /**
     * How late the work was done (wall-clock time past the due time, to the second); zero when stopped in
     * time or not stopped.
     */
    public Duration lateBy() {
        return stoppedAt != null && stoppedAt.isAfter(dueAt)
                ? Duration.between(dueAt, stoppedAt).truncatedTo(ChronoUnit.SECONDS) : Duration.ZERO;
    }

    public List<ClockPause> pauses() {
        return List.copyOf(pauses);
    }
}
