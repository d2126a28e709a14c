package com.careline.platform.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Version 7 ids: well-formed, ordered by their millisecond as PostgreSQL orders uuids, unique within one. */
class TimeOrderedIdsTest {

    private static final long DEC_4_2026 = 1_796_342_400_000L;

    @Test
    void anIdIsAVersion7RfcUuidOfItsMillisecond() {
        UUID id = TimeOrderedIds.at(DEC_4_2026);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(DEC_4_2026, TimeOrderedIds.millisOf(id));
        // the canonical form a decoder accepts, the millisecond in its first twelve hex digits
        assertEquals(UUID.fromString(id.toString()), id);
        assertTrue(id.toString().startsWith(String.format("%08x-%04x-7", DEC_4_2026 >>> 16, DEC_4_2026 & 0xffff)),
                id.toString());
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsBytesAndAsText() {
        UUID previous = TimeOrderedIds.at(DEC_4_2026);
        for (long ms = DEC_4_2026 + 1; ms < DEC_4_2026 + 2_000; ms++) {
            UUID next = TimeOrderedIds.at(ms);
            // PostgreSQL compares uuids byte by byte, unsigned: the hex text orders the same way
            assertTrue(next.toString().compareTo(previous.toString()) > 0, previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        Set<Long> randA = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            UUID id = TimeOrderedIds.at(DEC_4_2026);
            ids.add(id);
            randA.add(id.getMostSignificantBits() & 0x0fff);
        }
        assertEquals(100_000, ids.size());
        // all 4,096 values of the twelve bits after the version are drawn, not a constant or a counter's few
        assertEquals(4_096, randA.size());
    }

    @Test
    void nextIsOfNow() {
        long before = System.currentTimeMillis();
        long made = TimeOrderedIds.millisOf(TimeOrderedIds.next());
        assertTrue(made >= before && made <= System.currentTimeMillis(), "made at " + made);
    }

    @Test
    void aRandomUuidHasNoMillisecond() {
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedIds.millisOf(UUID.randomUUID()));
    }
}
