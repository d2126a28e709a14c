package com.careline.reporting.desk.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.careline.reporting.desk.items.Audience.Viewer;
import org.junit.jupiter.api.Test;

/** Who sees an item, and where an item for a headquarters role goes. */
class AudienceTest {

    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");
    private final Audience audience = new Audience(Set.of("HEAD_CLERK", "DIVISION_MANAGER", "GENERAL_MANAGER"),
            Set.of("SUPERVISOR", "CS_MANAGER"));

    @Test
    void headquartersRolesAreAddressedToHeadquarters() {
        assertEquals("HQ", audience.addressBranch("HEAD_CLERK", "SZ"));
        assertEquals("HQ", audience.addressBranch("DIVISION_MANAGER", "SZ"));
        assertEquals("SZ", audience.addressBranch("SUPERVISOR", "SZ"));
        assertEquals("SZ", audience.addressBranch("CS_MANAGER", "SZ"));
    }

    @Test
    void anItemIsSeenByItsRoleInItsBranchItsOwnerAndTheBranchWatchers() {
        var item = new WorkItem(UUID.randomUUID(), WorkItem.Kind.ESCALATION, "COMPLAINT", "c1", null, "SZ",
                "HEAD_CLERK", "HQ", null, UUID.randomUUID(), "complaint-major-handoff", 1, NOON, NOON,
                WorkItem.Status.OPEN, null, null);
        assertTrue(audience.sees(new Viewer("clerk", "HQ", Set.of("HEAD_CLERK")), item, NOON));
        assertFalse(audience.sees(new Viewer("clerk.sz", "SZ", Set.of("HEAD_CLERK")), item, NOON));
        assertTrue(audience.sees(new Viewer("sup", "SZ", Set.of("SUPERVISOR")), item, NOON),
                "SZ's supervisor watches SZ");
        assertFalse(audience.sees(new Viewer("agent", "SZ", Set.of("AGENT")), item, NOON));
        assertFalse(audience.sees(new Viewer("sup.gz", "GZ", Set.of("SUPERVISOR")), item, NOON));
        assertFalse(audience.sees(new Viewer("clerk", "HQ", Set.of("HEAD_CLERK")), item, NOON.minusSeconds(1)),
                "not before it is raised");
        var owned = new WorkItem(UUID.randomUUID(), WorkItem.Kind.OWNED_CASE, "COMPLAINT", "c2", null, "SZ", null,
                null, "agent.owner", null, null, null, null, NOON, WorkItem.Status.OPEN, null, null);
        assertTrue(audience.sees(new Viewer("agent.owner", "GZ", Set.of("AGENT")), owned, NOON), "its owner");
        assertFalse(audience.sees(new Viewer("agent.other", "SZ", Set.of("AGENT")), owned, NOON));
    }
}
