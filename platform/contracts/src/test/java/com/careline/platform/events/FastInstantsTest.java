package com.careline.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/** The fast reading of instants gives what Jackson's own gives, and leaves every other form to it. */
class FastInstantsTest {

    /** Jackson as it reads instants without the fast path. */
    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule());

    record Stamped(Instant at) {
    }

    @Test
    void everyFormInstantWritesIsReadAsTheSameInstant() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            // 0001-01-01 to 9999-12-31, and every fraction length toString() gives (0, 3, 6 or 9 digits)
            long seconds = -62_135_596_800L + (long) (random.nextDouble() * 315_537_897_599L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant, FastInstants.parse(instant.toString()), instant.toString());
        }
        assertEquals(Instant.parse("2028-02-29T23:59:59.5Z"), FastInstants.parse("2028-02-29T23:59:59.5Z"));
    }

    @Test
    void otherFormsAreLeftToJacksonAndReadAsItReadsThem() throws Exception {
        List<String> others = List.of("2026-12-02T16:30:00+08:00", "2026-12-02T08:30:00.123456789012Z",
                "+10000-01-01T00:00:00Z", "2026-12-02T08:30Z", "2026-12-02t08:30:00z");
        for (String text : others) {
            assertNull(FastInstants.parse(text), text);
            String json = "{\"at\":\"" + text + "\"}";
            Instant jackson;
            try {
                jackson = JACKSON.readValue(json, Stamped.class).at();
            } catch (Exception e) {
                assertThrows(EventCodec.MalformedEvent.class, () -> EventCodec.data(envelopeOf(json), Stamped.class),
                        text);
                continue;
            }
            assertEquals(jackson, EventCodec.data(envelopeOf(json), Stamped.class).at(), text);
        }
    }

    @Test
    void impossibleDatesAndTimesAreNotReadFast() {
        for (String text : List.of("2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-32T00:00:00Z",
                "2026-12-02T24:00:00Z", "2026-12-02T08:60:00Z", "2026-12-02T23:59:60Z", "2026-12-02T08:30:00.Z",
                "2026-12-02T08:30:0aZ", "2026-12-02 08:30:00Z")) {
            assertNull(FastInstants.parse(text), text);
        }
        assertThrows(EventCodec.MalformedEvent.class,
                () -> EventCodec.data(envelopeOf("{\"at\":\"2026-02-29T00:00:00Z\"}"), Stamped.class));
    }

    private static EventEnvelope envelopeOf(String data) {
        return EventCodec.decode("{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"type\":\"t\",\"source\":\"s\","
                + "\"subject\":\"x\",\"time\":\"2026-12-02T08:30:00Z\",\"correlationId\":\"c\",\"data\":" + data + "}");
    }
}
