package com.careline.platform.ids;

import java.security.SecureRandom;
import java.util.UUID;

import com.careline.platform.ids.TimeOrderedIds;

/**
 * New ids for rows and events: UUID version 7 (RFC 9562, section 5.7), the Unix time in milliseconds in the first
 * 48 bits, then 74 random bits. Ids made close in time sort close together, so a primary key or an inbox's
 * {@code (consumer, event_id)} takes each new entry near the right edge of its B-tree, where
 * {@link UUID#randomUUID()} sends it to a random page of an index larger than memory (an inbox of 1.5 M rows took
 * its inserts a third faster with these, docs/benchmarks.md run V). An id says when it was made, to the
 * millisecond, which every case and event also states in its own fields; ids are never secrets here (tokens and
 * tickets are not made with this class).
 *
 * <p>Written here because no library of the build offers it to plain code (Hibernate's
 * {@code UuidVersion7Strategy} needs a session). The random bits come from the same {@link SecureRandom} kind as
 * {@code randomUUID}'s; uniqueness rests on them, not on the clock, so a clock that steps back only costs order.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_MASK = 0x3fff_ffff_ffff_ffffL;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    /** The id {@link #next} would make at {@code epochMillis}: for tests and for ids of a known instant. */
    public static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0xffL) << 4 | (random[1] & 0xf0L) >>> 4) & 0x0fffL;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = randB << 8 | (random[i] & 0xffL);
        }
        long msb = (epochMillis & 0xffff_ffff_ffffL) << 16 | VERSION_7 | randA;
        return new UUID(msb, randB & VARIANT_MASK | VARIANT_RFC);
    }

    /** The millisecond a version 7 id was made at. */
    public static long millisOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException(id + " is not a version 7 UUID");
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
