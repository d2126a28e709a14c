package com.careline.revisit.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCancelled;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import com.careline.revisit.revisit.CaseType;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitRepository;
import io.quarkus.logging.Log;

/**
 * Plans the satisfaction survey after an inquiry answered through a work order (002): once the agent gave
 * the handler's answer to the customer ({@code inquiry.replied}), one survey per reply. When the inquiry desk
 * records the customer's satisfaction itself first ({@code inquiry.satisfaction-recorded}), or archives the
 * inquiry with a reason first ({@code inquiry.archived}), the planned call is cancelled so the customer is not
 * asked twice, or at all. The survey's result goes back to inquiry-service as {@code revisit.completed}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InquirySurveys {

    private final RevisitRepository revisits;
    private final CaseJournal journal;
    private final BusinessCalendar days;
    private final SurveyConfig config;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    InquirySurveys(RevisitRepository revisits, CaseJournal journal, BusinessCalendar days, SurveyConfig config,
            PhoneKeys phoneKeys, Clock clock) {
        this.revisits = revisits;
        this.journal = journal;
        this.days = days;
        this.config = config;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    public void replied(InquiryEvents.Replied q, String correlationId) {
        if (q.inquiryId() == null || q.branch() == null || q.at() == null) {
            throw new IllegalArgumentException("inquiry.replied without inquiryId, branch or at");
        }
        String inquiryId = q.inquiryId().toString();
        if (revisits.exists(CaseType.INQUIRY, inquiryId, q.at().toString())) {
            return;
        }
        Instant now = clock.instant();
        LocalDate replied = days.dateOf(q.at());
        LocalDate dueOn = days.nthWorkingDayAfter(replied, config.surveyFirstDay());
        Instant deadline = days.closing(days.nthWorkingDayAfter(replied, Math.max(config.surveyFirstDay(),
                config.surveyLastDay())));
        UUID id = TimeOrderedIds.next();
        Revisit r = Revisit.afterInquiry(id, inquiryId, q.number(), q.branch(), q.customerName(), q.phone(),
                correlationId, q.at(), dueOn, deadline, now);
        revisits.persist(r);
        journal.record(r, Timeline.SYSTEM, "scheduled", "satisfaction survey on " + dueOn + ", by " + deadline,
                RevisitEvents.SCHEDULED, new RevisitScheduled(id, CaseType.INQUIRY.name(), inquiryId, q.number(),
                        q.branch(), dueOn, deadline, false, null, now, phoneKeys.party(null, q.customerName(), q.phone())));
        Log.infof("survey %s of inquiry %s scheduled for %s, correlation %s", id, q.number(), dueOn, correlationId);
    }

    public void surveyedAtTheDesk(InquiryEvents.SatisfactionRecorded q) {
        cancel(q.inquiryId(), "inquiry " + q.number() + ": satisfaction already recorded by " + q.by());
    }

    /** Archived before its survey had a result, with the reason inquiry-service requires for it. */
    public void archived(InquiryEvents.Archived q) {
        cancel(q.inquiryId(), "inquiry " + q.number() + " archived by " + q.by()
                + (q.reason() == null ? "" : ": " + q.reason()));
    }

    private void cancel(UUID inquiryId, String reason) {
        Instant now = clock.instant();
        for (Revisit open : revisits.openFor(CaseType.INQUIRY, inquiryId.toString())) {
            open.cancel(now, reason);
            journal.record(open, Timeline.SYSTEM, "cancelled", reason, RevisitEvents.CANCELLED,
                    new RevisitCancelled(open.id(), open.caseType().name(), open.caseId(), open.branch(), reason, now));
        }
    }
}
