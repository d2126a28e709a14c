package com.careline.revisit.revisit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.careline.platform.errors.Conflict;
import org.junit.jupiter.api.Test;

/** The follow-up's states, without Quarkus: calls, the supervisor's decision, and another round. */
class RevisitTest {

    private final Instant now = Instant.parse("2026-12-07T02:00:00Z");
    private final LocalDate monday = LocalDate.of(2026, 12, 7);

    private Revisit scheduled() {
        return Revisit.afterComplaint(UUID.randomUUID(), UUID.randomUUID().toString(), "C1", "SZ", "王先生",
                "13800000001", "corr", now, now, monday, now.plusSeconds(86_400), false, null, now);
    }

    @Test
    void theLastAttemptOfARoundLeadsToADecisionAndARetryGrantsAnotherRound() {
        Revisit r = scheduled();
        assertFalse(r.isLastAttempt(3));
        r.notReached(monday.plusDays(1));
        r.notReached(monday.plusDays(2));
        assertTrue(r.isLastAttempt(3));
        assertEquals(3, r.awaitDecision());
        assertEquals(RevisitStatus.AWAITING_DECISION, r.status());
        assertTrue(r.status().isOpen(), "a reopened complaint still cancels it");

        r.retry(monday.plusDays(7), now.plusSeconds(7 * 86_400), 3, "下周再联系");
        assertEquals(RevisitStatus.SCHEDULED, r.status());
        assertEquals(monday.plusDays(7), r.dueOn());
        assertFalse(r.isLastAttempt(3));
        r.notReached(monday.plusDays(8));
        r.notReached(monday.plusDays(9));
        assertTrue(r.isLastAttempt(3), "six calls in two rounds of three");
    }

    @Test
    void noCallWhileADecisionIsDueAndNoDecisionWithoutOne() {
        Revisit r = scheduled();
        assertThrows(Conflict.class, () -> r.giveUp(now, "sup", "x"));
        assertThrows(Conflict.class, () -> r.retry(monday, now, 3, "x"));
        r.notReached(monday);
        r.notReached(monday);
        r.awaitDecision();
        Conflict call = assertThrows(Conflict.class, () -> r.notReached(monday));
        assertTrue(call.getMessage().contains("supervisor's decision"));
        assertThrows(Conflict.class, () -> r.complete(new Survey(5, 5, 5, 5, 5, true, null, null, null, null, null),
                now, "agent"));

        r.giveUp(now, "sup", "号码已停机");
        assertEquals(RevisitStatus.UNREACHABLE, r.status());
        assertEquals("号码已停机", r.decisionReason());
        assertEquals("sup", r.closedBy());
        assertThrows(Conflict.class, () -> r.retry(monday, now, 3, "x"));
        assertThrows(Conflict.class, () -> r.cancel(now, "reopened"));
    }

    @Test
    void aSatisfiedSurveyHasNoCauseOfDissatisfaction() {
        assertThrows(IllegalArgumentException.class,
                () -> new Survey(5, 5, 5, 5, 5, true, null, null, null, null, DissatisfactionCause.COMPANY));
    }
}
