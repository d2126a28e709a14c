package com.careline.revisit.call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.events.revisit.RevisitAttempted;
import com.careline.platform.events.revisit.RevisitClocks;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitDecisionRequired;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitUnreachable;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.revisit.revisit.AttemptOutcome;
import com.careline.revisit.revisit.CaseType;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitAttempt;
import com.careline.revisit.revisit.RevisitRepository;
import com.careline.revisit.revisit.RevisitService;
import com.careline.revisit.revisit.RevisitView;
import com.careline.revisit.revisit.Survey;
import io.quarkus.logging.Log;

/**
 * Records the calls of a revisit. Not reached: try again on the next working day, up to the configured number
 * of attempts, then UNREACHABLE, or a supervisor's decision for a complaint ({@link FollowUpDecisions}).
 * Reached: the survey completes the revisit and {@code revisit.completed} closes the loop (complaint-service
 * closes a complaint whose customer is satisfied and reopens it otherwise; inquiry-service sends a work order
 * back when the company caused the dissatisfaction).
 */
@ApplicationScoped
@Transactional
public class CallService {

    private final RevisitService revisits;
    private final RevisitRepository repository;
    private final CaseJournal journal;
    private final SlaClocks clocks;
    private final CurrentUser user;
    private final BusinessCalendar days;
    private final CallConfig config;
    private final Clock clock;

    CallService(RevisitService revisits, RevisitRepository repository, CaseJournal journal, SlaClocks clocks,
            CurrentUser user, BusinessCalendar days, CallConfig config, Clock clock) {
        this.revisits = revisits;
        this.repository = repository;
        this.journal = journal;
        this.clocks = clocks;
        this.user = user;
        this.days = days;
        this.config = config;
        this.clock = clock;
    }

    public RevisitView record(UUID id, RecordAttempt call) {
        Revisit r = revisits.visible(id);
        Instant now = clock.instant();
        String by = user.id();
        if (call.outcome() == AttemptOutcome.REACHED) {
            Survey survey = call.survey();
            if (r.caseType() == CaseType.INQUIRY && !survey.satisfied() && survey.cause() == null) {
                // 002 3 (3): whether the work order goes back depends on who caused it
                throw new InvalidRequest("cause", "is required on an inquiry's survey when the customer is not"
                        + " satisfied (COMPANY sends the work order back)");
            }
            String note = early(r, now) ? earlyCall(call) : call.note();
            reached(r, survey, note, now, by);
        } else {
            call.requireNoSurvey();
            requireNoAttemptToday(r, now);
            notReached(r, call.note(), now, by);
        }
        return revisits.view(r);
    }

    /** Before the follow-up window of a complaint opens (003 line 81: day 5 to 7). */
    private boolean early(Revisit r, Instant now) {
        return clocks.forCase(r.id().toString()).stream()
                .anyMatch(c -> RevisitClocks.COMPLAINT_WINDOW.equals(c.kind()) && now.isBefore(c.startedAt()));
    }

    /** A call before the window is a supervisor's decision, with the reason, kept with the call. */
    private String earlyCall(RecordAttempt call) {
        if (!user.isServiceManagement()) {
            throw new ForbiddenException("the follow-up window has not opened yet: a call before it is a supervisor's"
                    + " decision (earlyReason)");
        }
        if (call.earlyReason() == null || call.earlyReason().isBlank()) {
            throw new InvalidRequest("earlyReason", "is required for a call before the follow-up window opens");
        }
        return "before the window: " + call.earlyReason().strip() + (call.note() == null ? "" : "; " + call.note());
    }

    /** One unanswered call a day at most: the next try is on the next working day. */
    private void requireNoAttemptToday(Revisit r, Instant now) {
        LocalDate today = days.dateOf(now);
        List<RevisitAttempt> attempts = repository.attemptsOf(r.id());
        if (!attempts.isEmpty() && days.dateOf(attempts.get(attempts.size() - 1).at()).equals(today)) {
            throw new Conflict("the customer was called today already; try again on " + days.nextWorkingDay(today));
        }
    }

    private void reached(Revisit r, Survey survey, String note, Instant now, String by) {
        int attempt = r.complete(survey, now, by);
        repository.addAttempt(new RevisitAttempt(r.id(), attempt, now, by, AttemptOutcome.REACHED, note));
        clocks.stop(r.id().toString(), RevisitClocks.KINDS);
        attempted(r, attempt, AttemptOutcome.REACHED, null, by, now);
        journal.record(r, by, "completed", "customer " + (survey.satisfied() ? "satisfied" : "not satisfied"),
                RevisitEvents.COMPLETED, new RevisitCompleted(r.id(), r.caseType().name(), r.caseId(),
                        survey.satisfied(), survey.reliability(), survey.assurance(), survey.tangibles(),
                        survey.empathy(), survey.responsiveness(), survey.comments(), now,
                        survey.cause() == null ? null : survey.cause().name()));
        Log.infof("revisit %s of %s %s completed, satisfied=%s, correlation %s", r.id(), r.caseType(), r.caseId(),
                survey.satisfied(), r.correlationId());
    }

    private void notReached(Revisit r, String note, Instant now, String by) {
        if (r.isLastAttempt(config.maxAttempts())) {
            if (config.decisionAfterLastAttempt().contains(r.caseType())) {
                awaitDecision(r, note, now, by);
            } else {
                unreachable(r, note, now, by);
            }
            return;
        }
        LocalDate retryOn = days.nextWorkingDay(days.dateOf(now));
        int attempt = r.notReached(retryOn);
        repository.addAttempt(new RevisitAttempt(r.id(), attempt, now, by, AttemptOutcome.NOT_REACHED, note));
        attempted(r, attempt, AttemptOutcome.NOT_REACHED, retryOn, by, now);
    }

    private void unreachable(Revisit r, String note, Instant now, String by) {
        int attempt = r.unreachable(now, by);
        repository.addAttempt(new RevisitAttempt(r.id(), attempt, now, by, AttemptOutcome.NOT_REACHED, note));
        clocks.stop(r.id().toString(), RevisitClocks.KINDS);
        attempted(r, attempt, AttemptOutcome.NOT_REACHED, null, by, now);
        journal.record(r, by, "unreachable", attempt + " calls without reaching the customer",
                RevisitEvents.UNREACHABLE, new RevisitUnreachable(r.id(), r.caseType().name(), r.caseId(),
                        r.branch(), attempt, now, null, null));
        Log.infof("revisit %s unreachable after %d calls, correlation %s", r.id(), attempt, r.correlationId());
    }

    /** 003 (5): a complaint is not left RESOLVED forever; its supervisor decides, on a clock. */
    private void awaitDecision(Revisit r, String note, Instant now, String by) {
        int attempt = r.awaitDecision();
        repository.addAttempt(new RevisitAttempt(r.id(), attempt, now, by, AttemptOutcome.NOT_REACHED, note));
        String caseId = r.id().toString();
        clocks.stop(caseId, RevisitClocks.CALLS);
        Instant dueAt = clocks.start(caseId, RevisitClocks.DECISION, r.correlationId(), r.branch()).dueAt();
        attempted(r, attempt, AttemptOutcome.NOT_REACHED, null, by, now);
        journal.record(r, by, "decision-required", attempt + " calls without reaching the customer; a supervisor"
                + " decides by " + dueAt + ": try again or close as unreachable", RevisitEvents.DECISION_REQUIRED,
                new RevisitDecisionRequired(r.id(), r.caseType().name(), r.caseId(), r.branch(), attempt, dueAt,
                        now));
        Log.infof("revisit %s waits for a decision after %d calls, correlation %s", r.id(), attempt,
                r.correlationId());
    }

    private void attempted(Revisit r, int attempt, AttemptOutcome outcome, LocalDate nextDueOn, String by,
            Instant now) {
        journal.record(r, by, "attempted", "call " + attempt + ": " + outcome
                + (nextDueOn == null ? "" : ", next try on " + nextDueOn), RevisitEvents.ATTEMPTED,
                new RevisitAttempted(r.id(), r.caseType().name(), r.caseId(), r.branch(), attempt, outcome.name(),
                        nextDueOn, by, now));
    }
}
