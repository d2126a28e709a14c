package com.careline.revisit.call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.events.revisit.RevisitClocks;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.events.revisit.RevisitUnreachable;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitService;
import com.careline.revisit.revisit.RevisitView;
import io.quarkus.logging.Log;

/**
 * What follows a complaint's last failed call (003 (5)): the supervisor tries again later, with another round
 * of calls on its own clock, or closes it as unreachable, the one way a complaint closes without a satisfied
 * call ({@code revisit.unreachable} with the reason; complaint-service closes it and reports count it apart).
 */
@ApplicationScoped
@Transactional
public class FollowUpDecisions {

    private final RevisitService revisits;
    private final CaseJournal journal;
    private final SlaClocks clocks;
    private final CurrentUser user;
    private final BusinessCalendar days;
    private final CallConfig config;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    FollowUpDecisions(RevisitService revisits, CaseJournal journal, SlaClocks clocks, CurrentUser user,
            BusinessCalendar days, CallConfig config, PhoneKeys phoneKeys, Clock clock) {
        this.revisits = revisits;
        this.journal = journal;
        this.clocks = clocks;
        this.user = user;
        this.days = days;
        this.config = config;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    public RevisitView decide(UUID id, DecideFollowUp command) {
        Revisit r = revisits.visible(id);
        r.requireAwaitingDecision(); // before any clock is touched
        Instant now = clock.instant();
        String reason = command.reason().strip();
        if (command.decision() == DecideFollowUp.Decision.RETRY) {
            retry(r, retryOn(command.retryOn(), now), reason, now);
        } else {
            if (command.retryOn() != null) {
                throw new InvalidRequest("retryOn", "goes with RETRY only");
            }
            giveUp(r, reason, now);
        }
        return revisits.view(r);
    }

    private LocalDate retryOn(LocalDate requested, Instant now) {
        LocalDate today = days.dateOf(now);
        if (requested == null) {
            return days.nextWorkingDay(today);
        }
        if (requested.isBefore(today)) {
            throw new InvalidRequest("retryOn", "is in the past; today is " + today);
        }
        if (!days.isWorkingDay(requested)) {
            throw new InvalidRequest("retryOn", "is not a working day; the next one is "
                    + days.workingDayOnOrAfter(requested));
        }
        return requested;
    }

    private void retry(Revisit r, LocalDate retryOn, String reason, Instant now) {
        String caseId = r.id().toString();
        // the new round's clock counts from the chosen day's opening, like a window's
        Instant opens = days.opening(retryOn);
        SlaClock sla = clocks.startAt(caseId, RevisitClocks.RETRY, r.correlationId(), r.branch(),
                opens.isAfter(now) ? opens : now);
        r.retry(retryOn, sla.dueAt(), config.maxAttempts(), reason);
        clocks.stop(caseId, RevisitClocks.DECISION);
        String by = user.id();
        journal.record(r, by, "retry-decided", "try again from " + retryOn + ", by " + sla.dueAt() + ": " + reason,
                RevisitEvents.SCHEDULED, new RevisitScheduled(r.id(), r.caseType().name(), r.caseId(),
                        r.caseNumber(), r.branch(), retryOn, sla.dueAt(), true, "tried again: " + reason, now,
                        phoneKeys.party(null, r.customerName(), r.phone())));
        Log.infof("revisit %s tried again from %s (%s), correlation %s", r.id(), retryOn, by, r.correlationId());
    }

    private void giveUp(Revisit r, String reason, Instant now) {
        String by = user.id();
        r.giveUp(now, by, reason);
        clocks.stop(r.id().toString(), RevisitClocks.KINDS);
        journal.record(r, by, "unreachable", "closed as unreachable after " + r.attempts() + " calls: " + reason,
                RevisitEvents.UNREACHABLE, new RevisitUnreachable(r.id(), r.caseType().name(), r.caseId(),
                        r.branch(), r.attempts(), now, reason, by));
        Log.infof("revisit %s closed as unreachable by %s, correlation %s", r.id(), by, r.correlationId());
    }
}
