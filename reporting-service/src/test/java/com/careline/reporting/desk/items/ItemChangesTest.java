package com.careline.reporting.desk.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Party;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.reporting.batch.Waves;
import com.careline.reporting.desk.items.ItemChanges.ClockMet;
import com.careline.reporting.desk.items.ItemChanges.Raise;
import org.junit.jupiter.api.Test;

/** What the events do to the desk's items. */
class ItemChangesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-12-02T04:00:00Z");
    private final ItemChanges changes = new ItemChanges(new Audience(Set.of("HEAD_CLERK"), Set.of("SUPERVISOR")),
            "CS_MANAGER", "AGENT", SHANGHAI);

    @Test
    void anEscalationIsOneItemPerRungAndARestartedClockBreachesAnew() {
        UUID clock = UUID.randomUUID();
        Raise first = (Raise) changes.of(escalated(clock, 1, "HEAD_CLERK", AT)).get(0);
        Raise again = (Raise) changes.of(escalated(clock, 1, "HEAD_CLERK", AT)).get(0);
        Raise restarted = (Raise) changes.of(escalated(clock, 1, "HEAD_CLERK", AT.plus(Duration.ofDays(3)))).get(0);
        assertEquals(first.item().id(), again.item().id());
        assertNotEquals(first.item().id(), restarted.item().id());
        assertEquals("HQ", first.item().addressBranch());
        assertEquals("COMPLAINT", first.item().caseKind());
        assertTrue(first.mailed());
    }

    @Test
    void aResolutionMeetsItsClocksAndEndsTheOwnership() {
        UUID id = UUID.randomUUID();
        var resolved = EventCodec.envelope(ComplaintEvents.RESOLVED, "careline/complaint-service", id.toString(),
                id.toString(), AT, new ComplaintEvents.Resolved(id, "n", "SZ", "DELAY", false, "ok", null, null, "a",
                        AT, AT, "a"));
        var met = (ClockMet) changes.of(resolved).get(0);
        assertEquals(Set.of(ComplaintClocks.FIRST_RESPONSE, ComplaintClocks.PROGRESS_REPORT,
                ComplaintClocks.RESOLUTION), met.kinds());
        assertTrue(changes.of(resolved)
                .contains(new ItemChanges.Finished(id.toString(), WorkItem.Kind.OWNED_CASE, AT)));
    }

    @Test
    void aFollowUpCallShowsFromTheMorningOfItsDay() {
        UUID revisit = UUID.randomUUID();
        var scheduled = EventCodec.envelope(RevisitEvents.SCHEDULED, "careline/revisit-service", revisit.toString(),
                "c", AT, new RevisitScheduled(revisit, "COMPLAINT", "c", "SZ0001", "SZ", LocalDate.of(2026, 12, 7),
                        AT.plus(Duration.ofDays(7)), false, null, AT, Party.NONE));
        WorkItem item = ((Raise) changes.of(scheduled).get(0)).item();
        assertEquals(LocalDate.of(2026, 12, 7).atStartOfDay(SHANGHAI).toInstant(), item.raisedAt());
        assertEquals("AGENT", item.addressRole());
    }

    @Test
    void aPollsChangesGoInWavesOfOneChangePerCaseEachCaseInItsOrder() {
        ItemChanges.Change a1 = new ItemChanges.Finished("a", WorkItem.Kind.OWNED_CASE, AT);
        ItemChanges.Change b1 = new ClockMet("b", Set.of(), AT);
        ItemChanges.Change a2 = new ItemChanges.Reopened("a", WorkItem.Kind.OWNED_CASE);
        ItemChanges.Change c1 = new ItemChanges.DueAgain("c", AT);
        ItemChanges.Change a3 = new ItemChanges.Finished("a", WorkItem.Kind.OWNED_CASE, AT.plusSeconds(1));
        ItemChanges.Change b2 = new ItemChanges.Finished("b", WorkItem.Kind.URGENT_AFTER_HOURS, AT);
        assertEquals(List.of(List.of(a1, b1, c1), List.of(a2, b2), List.of(a3)),
                Waves.of(List.of(a1, b1, a2, c1, a3, b2), ItemChanges.Change::caseId));
        // an escalation's case is the case its item is of
        Raise raise = (Raise) changes.of(escalated(UUID.randomUUID(), 1, "SUPERVISOR", AT)).get(0);
        assertEquals(raise.item().caseId(), raise.caseId());
    }

    @Test
    void anEscalationWithoutItsClockIsMalformed() {
        assertThrows(EventCodec.MalformedEvent.class, () -> changes.of(escalated(null, 1, "SUPERVISOR", AT)));
    }

    @Test
    void eventsOfNoConcernChangeNothing() {
        UUID id = UUID.randomUUID();
        var progress = EventCodec.envelope(ComplaintEvents.COMPENSATION_PROPOSED, "careline/complaint-service",
                id.toString(), id.toString(), AT, null);
        assertEquals(false, ItemChanges.concerns(progress));
        assertEquals(List.of(), changes.of(progress));
    }

    private static EventEnvelope escalated(UUID clock, int level, String role, Instant due) {
        String caseId = "c-" + clock;
        return EventCodec.envelope(ComplaintEvents.ESCALATED, "careline/complaint-service", caseId, caseId, AT,
                new Escalated(clock, caseId, "SZ", ComplaintClocks.MAJOR_HANDOFF, level, role, due, AT));
    }
}
