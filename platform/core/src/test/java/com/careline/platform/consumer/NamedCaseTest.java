package com.careline.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import com.careline.platform.events.EventCodec;
import org.junit.jupiter.api.Test;

/** A case named by another service's event: found, not here yet (waits), or not an id at all (parked). */
class NamedCaseTest {

    private static final UUID KNOWN = UUID.randomUUID();
    private static final Map<UUID, String> CASES = Map.of(KNOWN, "the complaint");

    @Test
    void aKnownCaseIsFound() {
        assertEquals("the complaint",
                NotYetApplicable.require(KNOWN.toString(), CASES::get, "complaint", "revisit r1"));
    }

    @Test
    void anUnknownCaseWaits() {
        String unknown = UUID.randomUUID().toString();
        var e = assertThrows(NotYetApplicable.class,
                () -> NotYetApplicable.require(unknown, CASES::get, "complaint", "revisit r1"));
        assertTrue(e.getMessage().contains("revisit r1 follows unknown complaint " + unknown), e.getMessage());
    }

    @Test
    void anIdThatIsNoIdIsMalformed() {
        assertThrows(EventCodec.MalformedEvent.class,
                () -> NotYetApplicable.require("SZ2026", CASES::get, "inquiry", "survey s1"));
        assertThrows(EventCodec.MalformedEvent.class,
                () -> NotYetApplicable.require(null, CASES::get, "inquiry", "survey s1"));
    }
}
