package com.careline.inquiry.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import com.careline.inquiry.routing.Route;
import com.careline.platform.errors.Conflict;
import org.junit.jupiter.api.Test;

/** The inquiry's state machine on a plain entity: no database, no Quarkus. */
class InquiryTest {

    private final Instant now = Instant.parse("2026-11-26T02:00:00Z");
    private final Route route = new Route("PRICING", "YC-PRICING", null);

    @Test
    void sendBackReopensTheWorkOrderForAnotherRoundAndForgetsTheOldAnswer() {
        Inquiry q = answeredAndReplied();
        q.recordSatisfaction(false, DissatisfactionCause.COMPANY, now);

        q.sendBack(route, now.plusSeconds(60));

        assertEquals(InquiryStatus.DISPATCHED, q.status());
        assertEquals(2, q.rounds());
        assertNull(q.answer());
        assertNull(q.repliedAt());
    }

    /** 002 3 (3): a planned survey blocks archiving until it has a result; the desk's survey is one. */
    @Test
    void aPlannedSurveyBlocksArchivingWithoutAReasonUntilTheCustomerIsSurveyed() {
        Inquiry q = answeredAndReplied();
        java.util.UUID revisit = java.util.UUID.randomUUID();
        q.surveyPlanned(revisit);

        Conflict refused = assertThrows(Conflict.class, () -> q.archive(now, null));
        assertEquals(true, refused.getMessage().contains(revisit.toString()));
        q.recordSatisfaction(true, null, now);
        assertNull(q.surveyRevisitId());
        q.archive(now, null);
        assertEquals(InquiryStatus.ARCHIVED, q.status());
        q.surveyPlanned(java.util.UUID.randomUUID());
        assertNull(q.surveyRevisitId(), "an archived inquiry takes no survey");
    }

    @Test
    void illegalStepsAreConflicts() {
        Inquiry q = answeredAndReplied();

        assertThrows(Conflict.class, () -> q.answerAtOnce("x", null, "a", now));
        assertThrows(Conflict.class, () -> q.sendBack(route, now));
        assertThrows(Conflict.class, () -> q.dispatch(route, now));
        q.archive(now, null);
        assertThrows(Conflict.class, () -> q.recordSatisfaction(true, null, now));
        assertEquals(InquiryStatus.ARCHIVED, q.status());
    }

    @Test
    void answerAtOnceClosesWithoutAWorkOrder() {
        Inquiry q = Inquiry.register("Q1", "YC", "agent", form(), false, now);

        q.answerAtOnce("禁寄", null, "agent", now);

        assertEquals(InquiryStatus.CLOSED, q.status());
        assertEquals(0, q.rounds());
        assertThrows(Conflict.class, () -> q.reply(now));
    }

    private Inquiry answeredAndReplied() {
        Inquiry q = Inquiry.register("Q1", "YC", "agent", form(), false, now);
        q.dispatch(route, now);
        q.recordAnswer("2545.20元", null, "handler", now);
        q.reply(now);
        return q;
    }

    private static Inquiry.Form form() {
        return new Inquiry.Form(Channel.PHONE, Topic.FREIGHT, "NW", "王先生", "13800000001", "SF1", "运费多少？");
    }
}
