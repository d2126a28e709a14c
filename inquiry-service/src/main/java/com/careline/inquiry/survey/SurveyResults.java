package com.careline.inquiry.survey;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.inquiry.inquiry.DissatisfactionCause;
import com.careline.inquiry.inquiry.Inquiry;
import com.careline.inquiry.inquiry.InquiryRepository;
import com.careline.inquiry.inquiry.InquiryService;
import com.careline.inquiry.inquiry.InquiryStatus;
import com.careline.platform.consumer.NotYetApplicable;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;

/**
 * Closes the survey loop of an inquiry (002 3 (3)): the follow-up survey's result is recorded exactly as one
 * taken at the desk ({@link InquiryService#satisfaction}), so an unsatisfied customer whose cause is the
 * company gets the work order sent back. While a survey is planned the inquiry is archived only with a reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SurveyResults {

    private final InquiryRepository inquiries;
    private final InquiryService service;
    private final Clock clock;

    SurveyResults(InquiryRepository inquiries, InquiryService service, Clock clock) {
        this.inquiries = inquiries;
        this.service = service;
        this.clock = clock;
    }

    public void planned(String inquiryId, UUID revisitId) {
        inquiry(inquiryId, revisitId).surveyPlanned(revisitId);
    }

    public void completed(RevisitCompleted result) {
        Inquiry q = inquiry(result.caseId(), result.revisitId());
        q.surveyEnded(result.revisitId());
        if (!InquiryStatus.Step.RECORD_SATISFACTION.isAllowedFrom(q.status())) {
            // e.g. the desk recorded the customer's word first, or the inquiry was archived with a reason
            Log.infof("survey %s of inquiry %s (%s) changes nothing", result.revisitId(), q.number(), q.status());
            return;
        }
        DissatisfactionCause cause = result.satisfied() ? null : cause(result);
        service.satisfaction(q, result.satisfied(), cause, result.comments(),
                Timeline.SYSTEM, clock.instant());
        Log.infof("survey %s of inquiry %s: satisfied=%s, cause %s", result.revisitId(), q.number(),
                result.satisfied(), cause);
    }

    public void ended(String inquiryId, UUID revisitId, String why) {
        Inquiry q = inquiry(inquiryId, revisitId);
        q.surveyEnded(revisitId);
        Log.infof("survey %s of inquiry %s ended without a result: %s", revisitId, q.number(), why);
    }

    /** A result from before surveys recorded their cause: not the company's fault unless the survey says so. */
    private static DissatisfactionCause cause(RevisitCompleted result) {
        if (result.cause() == null) {
            return DissatisfactionCause.OTHER;
        }
        try {
            return DissatisfactionCause.valueOf(result.cause());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.MalformedEvent("survey " + result.revisitId() + " has an unknown cause "
                    + result.cause());
        }
    }

    private Inquiry inquiry(String inquiryId, UUID revisitId) {
        return NotYetApplicable.require(inquiryId, inquiries::findById, "inquiry", "survey " + revisitId);
    }
}
