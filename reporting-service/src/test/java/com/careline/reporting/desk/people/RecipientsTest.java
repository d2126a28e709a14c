package com.careline.reporting.desk.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Who an item reaches: the roster's people on duty when it has shifts then, else the directory's. */
class RecipientsTest {

    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");
    private static final Staff LI = staff("li");
    private static final Staff WANG = staff("wang");
    private static final Staff ZHAO = staff("zhao");

    @Test
    void withoutAShiftThenEveryStaffMemberOfTheRoleInTheBranch() {
        List<Shift> yesterday = List.of(shift("li", NOON.minus(Duration.ofDays(1)), NOON.minus(Duration.ofHours(20))));
        assertEquals(List.of(LI, WANG, ZHAO), Recipients.of(List.of(LI, WANG, ZHAO), yesterday, NOON));
        assertEquals(List.of(LI, WANG, ZHAO), Recipients.of(List.of(LI, WANG, ZHAO), List.of(), NOON));
    }

    @Test
    void withShiftsThenOnlyThoseOnDuty() {
        List<Shift> shifts = List.of(shift("wang", NOON.minus(Duration.ofHours(4)), NOON.plus(Duration.ofHours(4))),
                shift("zhao", NOON.minus(Duration.ofHours(8)), NOON));
        // from inclusive, to exclusive: zhao's shift ended at noon
        assertEquals(List.of(WANG), Recipients.of(List.of(LI, WANG, ZHAO), shifts, NOON));
        assertEquals(List.of(ZHAO), Recipients.of(List.of(LI, WANG, ZHAO), shifts, NOON.minus(Duration.ofHours(6))));
    }

    @Test
    void aShiftOfSomeoneTheDirectoryDoesNotKnowReachesNoOne() {
        List<Shift> shifts = List.of(
                shift("stranger", NOON.minus(Duration.ofHours(1)), NOON.plus(Duration.ofHours(1))));
        assertEquals(List.of(), Recipients.of(List.of(LI, WANG), shifts, NOON));
    }

    private static Staff staff(String username) {
        return new Staff(username, username, username + "@example.com", "SZ", List.of("CS_MANAGER"));
    }

    private static Shift shift(String username, Instant from, Instant to) {
        return new Shift(UUID.randomUUID(), "CS_MANAGER", "SZ", username, from, to);
    }
}
