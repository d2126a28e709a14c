package com.careline.complaint.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.complaint.api.ComplaintView;
import com.careline.complaint.complaint.Complaint;
import com.careline.complaint.complaint.ComplaintRepository;
import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.numbers.CaseNumbers;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.validity.ValidityPeriod;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * Registration in one transaction: number, triage, persist, clocks, timeline and event. Built at
 * startup so that a misspelt triage keyword key fails the boot, not the first registration.
 */
@Startup
@ApplicationScoped
public class IntakeService {

    private final ComplaintRepository complaints;
    private final CaseNumbers numbers;
    private final CaseJournal journal;
    private final SlaClocks clocks;
    private final MajorComplaintRules triage;
    private final AfterHours afterHours;
    private final CurrentUser user;
    private final ValidityPeriod validity;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    IntakeService(ComplaintRepository complaints, CaseNumbers numbers, CaseJournal journal, SlaClocks clocks,
            TriageConfig triage, AfterHoursConfig hours, BusinessCalendar days, CurrentUser user,
            ValidityPeriod validity, PhoneKeys phoneKeys, Clock clock) {
        this.complaints = complaints;
        this.numbers = numbers;
        this.journal = journal;
        this.clocks = clocks;
        this.triage = MajorComplaintRules.from(triage);
        this.afterHours = new AfterHours(days, hours.fromNextOpening());
        this.user = user;
        this.validity = validity;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    @Transactional
    public ComplaintView register(RegisterComplaint form) {
        validity.requireRaisable("pickedUpOn", form.pickedUpOn());
        var now = clock.instant();
        MajorVerdict verdict = triage.judge(form.content(), form.claimedCompensation(), form.estimatedLoss(),
                form.declared());
        var reasons = verdict.reasons().stream().map(Enum::name).toList();
        String number = numbers.next(CaseNumbers.Kind.COMPLAINT, user.branch(), now);
        Complaint c = Complaint.register(number, user.branch(), user.id(), form.form(), reasons, form.correlationId(),
                now);
        complaints.persist(c);
        // a new case has no clocks to look up, and its view is built from what was just written
        String caseId = c.id().toString();
        boolean urgent = Boolean.TRUE.equals(form.urgent());
        Instant respondFrom = afterHours.clocksStartAt(now, urgent);
        List<SlaClock> started = new ArrayList<>(4);
        started.add(clocks.startNew(caseId, ComplaintClocks.FIRST_RESPONSE, c.correlationId(), c.branch(), respondFrom));
        started.add(clocks.startNew(caseId, ComplaintClocks.RESOLUTION, c.correlationId(), c.branch()));
        // 003 (4): not handled within 3 working days of receipt, whoever has it: a progress report
        started.add(clocks.startNew(caseId, ComplaintClocks.PROGRESS_REPORT, c.correlationId(), c.branch()));
        if (verdict.isMajor()) {
            started.add(clocks.startNew(caseId, ComplaintClocks.MAJOR_HANDOFF, c.correlationId(), c.branch(),
                    respondFrom));
        }
        journal.record(c, user.id(), "registered", "registered via " + c.channel()
                + (verdict.isMajor() ? "; major complaint: " + String.join(", ", reasons) : ""),
                ComplaintEvents.REGISTERED, new ComplaintEvents.Registered(c.id(), number, c.branch(),
                        c.channel().name(), c.category().name(), c.isMajor(), reasons, c.waybillNo(), customerKey(c),
                        c.owner(), now, started.stream().map(SlaClock::kind).toList(),
                        phoneKeys.party(c.customerNumber(), c.customerName(), c.phone())));
        if (urgent && afterHours.isAfterHours(now)) {
            // 003 line 57: judged urgent outside working hours: the on-duty manager is called at once
            journal.record(c, user.id(), "urgent-after-hours", "received outside working hours, judged urgent",
                    ComplaintEvents.URGENT_AFTER_HOURS, new ComplaintEvents.UrgentAfterHours(c.id(), number,
                            c.branch(), c.isMajor(), user.id(), now));
        }
        Log.infof("complaint %s registered at branch %s%s, correlation %s", number, c.branch(),
                verdict.isMajor() ? " (major)" : "", c.correlationId());
        started.sort(Comparator.comparing(SlaClock::startedAt).thenComparing(SlaClock::kind));
        return ComplaintView.from(c, started);
    }

    /**
     * The customer number, else the keyed hash of the phone ({@link PhoneKeys}): repeat customers are counted
     * without the phone, and without a hash anyone could reverse by trying every number.
     */
    private String customerKey(Complaint c) {
        if (c.customerNumber() != null && !c.customerNumber().isBlank()) {
            return c.customerNumber();
        }
        return phoneKeys.of(c.phone()).orElse(null);
    }
}
