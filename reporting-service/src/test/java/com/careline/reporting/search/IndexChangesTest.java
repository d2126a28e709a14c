package com.careline.reporting.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import org.junit.jupiter.api.Test;

class IndexChangesTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void anAnswerGivenAtOnceClosesTheInquiryAndAHandlersAnswerWaitsForTheReply() {
        UUID id = UUID.randomUUID();
        assertEquals(List.of(new IndexChange.Status(id.toString(), "CLOSED", false, AT)), IndexChanges.of(event(id,
                InquiryEvents.ANSWERED, new InquiryEvents.Answered(id, "n", "SZ", "WAYBILL", true, "a", null, null,
                        null, "agent", AT, AT))));
        assertEquals("ANSWERED", ((IndexChange.Status) IndexChanges.of(event(id, InquiryEvents.ANSWERED,
                new InquiryEvents.Answered(id, "n", "SZ", "WAYBILL", false, "a", null, null, null, "agent", AT, AT)))
                .get(0)).status());
    }

    @Test
    void anEndingMoveEndsTheCaseAndAnEscalationNamesItsClockAndRung() {
        UUID id = UUID.randomUUID();
        var paid = (IndexChange.Status) IndexChanges.of(event(id, ClaimEvents.PAID, new ClaimEvents.Paid(id, "n",
                "SZ", BigDecimal.TEN, "CNY", "P", "finance", AT))).get(0);
        assertTrue(paid.ended());
        var resolved = (IndexChange.Status) IndexChanges.of(event(id, ComplaintEvents.RESOLVED,
                new ComplaintEvents.Resolved(id, "n", "SZ", "DELAY", false, "r", "王", "138", "a", AT, AT, "a")))
                .get(0);
        assertFalse(resolved.ended(), "a resolved complaint waits for its follow-up call");
        assertEquals(List.of(new IndexChange.Overdue(id.toString(), "claim-reply", 2, "CS_MANAGER", AT)),
                IndexChanges.of(event(id, ClaimEvents.ESCALATED, new Escalated(UUID.randomUUID(), id.toString(),
                        "SZ", "claim-reply", 2, "CS_MANAGER", AT, AT))));
    }

    @Test
    void aTransferToABranchLetsThatBranchSeeTheComplaint() {
        UUID id = UUID.randomUUID();
        assertEquals(List.of(new IndexChange.Status(id.toString(), "TRANSFERRED", false, AT),
                new IndexChange.Handover(id.toString(), "GZ")), IndexChanges.of(event(id, ComplaintEvents.TRANSFERRED,
                new ComplaintEvents.Transferred(id, "n", "SZ", "运作部", "GZ", null, "a", AT, List.of()))));
    }

    @Test
    void theScoreOfACallIsTheMeanOfTheScoresGiven() {
        assertEquals(new BigDecimal("4.33"), IndexChanges.meanOf(completed(5, 4, 4)));
        assertNull(IndexChanges.meanOf(completed(null, null, null)));
        assertFalse(IndexChanges.concerns(ClaimEvents.DOCUMENT_RECEIVED));
        assertTrue(IndexChanges.concerns(RevisitEvents.ESCALATED));
    }

    @Test
    void criteriaAreExactlyOneOrTheTailWithAName() {
        assertEquals("phoneTail", assertThrows(InvalidRequest.class,
                () -> SearchCriteria.of(null, null, null, null, null, "王")).field());
        assertEquals("waybill,phone", assertThrows(InvalidRequest.class,
                () -> SearchCriteria.of("SF1", "13800000001", null, null, null, null)).field());
        assertEquals("phone", assertThrows(InvalidRequest.class,
                () -> SearchCriteria.of(null, "call me", null, null, null, null)).field());
        assertEquals("name", assertThrows(InvalidRequest.class,
                () -> SearchCriteria.of(null, null, null, null, "0001", null)).field());
        assertEquals("phoneTail", assertThrows(InvalidRequest.class,
                () -> SearchCriteria.of(null, null, null, null, "01", "王")).field());
        assertEquals("王先生", SearchCriteria.of(null, null, null, null, "0001", " 王先生 ").name());
    }

    private static RevisitCompleted completed(Integer a, Integer b, Integer c) {
        return new RevisitCompleted(UUID.randomUUID(), "COMPLAINT", "x", true, a, b, c, null, null, null, AT, null);
    }

    private static EventEnvelope event(UUID subject, String type, Object data) {
        return EventCodec.envelope(type, "test", subject.toString(), subject.toString(), AT, data);
    }
}
