package com.careline.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCodecTest {

    record Payment(String claimNumber, BigDecimal amount) {
    }

    enum Level { BRANCH, HEADQUARTERS }

    record Rich(String text, BigDecimal amount, Instant at, LocalDate on, Level level, String missing,
            List<Payment> payments, Map<String, Object> extra, boolean flag, long count, double ratio) {
    }

    @Test
    void moneyKeepsEveryDigitThroughTheEnvelope() {
        BigDecimal amount = new BigDecimal("12345678901234567.89");
        String json = EventCodec.encode(EventCodec.envelope("claim.paid", "test", "C1", "C1",
                Instant.parse("2026-12-01T00:00:00Z"), new Payment("C1", amount)));

        Payment read = EventCodec.data(EventCodec.decode(json), Payment.class);

        assertEquals(amount, read.amount());
        assertEquals(new BigDecimal("0.10"), EventCodec.data(EventCodec.decode(json.replace(
                "12345678901234567.89", "0.10")), Payment.class).amount());
    }

    @Test
    void anEventEncodedStraightFromItsRecordIsTheDocumentOfItsEnvelope() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("note", "投诉 \"¥200\" \\ 📦");
        extra.put("none", null);
        extra.put("nested", Map.of("k", List.of(1, 2)));
        Rich data = new Rich("a\nb", new BigDecimal("1E+3"), Instant.parse("2026-12-01T08:30:00.123456Z"),
                LocalDate.parse("2026-12-31"), Level.HEADQUARTERS, null,
                List.of(new Payment("C1", new BigDecimal("0.10")), new Payment("C2", null)), extra, true, -7, 0.25);
        OutgoingEvent event = EventCodec.outgoing("claim.paid", "test", "C1", "corr-1",
                Instant.parse("2026-12-01T00:00:00Z"), data);
        EventEnvelope envelope = new EventEnvelope(event.id(), event.type(), event.source(), event.subject(),
                event.time(), event.correlationId(), EventCodec.tree(data));

        String straight = EventCodec.encode(event);

        assertEquals(EventCodec.encode(envelope), straight);
        assertEquals(data, EventCodec.data(EventCodec.decode(straight), Rich.class));
    }

    private static final String ID = "3f2b8c1e-9d4a-4e7b-8c2d-1a5e6f7b8c9d";

    private static String envelope(String id, String type, String time, String data) {
        return "{\"id\":" + id + ",\"type\":" + type + ",\"source\":\"branch\",\"subject\":\"W1\","
                + "\"time\":" + time + ",\"correlationId\":\"c1\",\"data\":" + data + "}";
    }

    @Test
    void fieldsAreReadInAnyOrderAndUnknownOnesAreSkippedWhateverTheirShape() {
        String json = "{\"data\":{\"waybillNo\":\"W1\",\"pieces\":[1,{\"a\":null}]},"
                + "\"extra\":{\"x\":[{\"id\":\"no\"}]},\"correlationId\":\"c1\","
                + "\"time\":\"2026-12-01T16:30:00+08:00\",\"subject\":\"W1\","
                + "\"ext\":[1,2,[3]],\"source\":\"branch\",\"type\":\"shipment.scanned\",\"id\":\"" + ID + "\","
                + "\"n\":1.5,\"b\":true}";

        EventEnvelope read = EventCodec.decode(json);

        assertEquals(UUID.fromString(ID), read.id());
        assertEquals("shipment.scanned", read.type());
        assertEquals("branch", read.source());
        assertEquals("W1", read.subject());
        assertEquals("c1", read.correlationId());
        assertEquals(Instant.parse("2026-12-01T08:30:00Z"), read.time());
        assertEquals("W1", read.data().get("waybillNo").asText());
        assertEquals(2, read.data().get("pieces").size());
    }

    @Test
    void anEncodedEnvelopeReadsBackFieldForField() {
        EventEnvelope written = EventCodec.envelope("complaint.resolved", "complaint-service", "CP1", "corr",
                Instant.parse("2026-12-01T08:30:00.5Z"), Map.of("complaintNumber", "CP1"));

        assertEquals(written, EventCodec.decode(EventCodec.encode(written)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing id         | null                                      | id is required",
            "short id           | \"3f2b8c1e-9d4a-4e7b-8c2d-1a5e6f7b8c9\"   | id is not a UUID",
            "lenient-form id    | \"1-2-3-4-5\"                             | id is not a UUID",
            "dashes misplaced   | \"3f2b8c1e9-d4a-4e7b-8c2d-1a5e6f7b8c9d\"  | id is not a UUID",
            "id not hex         | \"3f2b8c1e-9d4a-4e7b-8c2d-1a5e6f7b8cZZ\"  | not an event envelope",
            "id a number        | 42                                        | id is not a string",
    })
    void anIdThatIsNotACanonicalUuidIsMalformed(String name, String id, String reason) {
        assertMalformed(envelope(id, "\"t.x\"", "\"2026-12-01T08:30:00Z\"", "{}"), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank type       | \"  \"   | \"2026-12-01T08:30:00Z\" | {}     | type is required",
            "type an object   | {}       | \"2026-12-01T08:30:00Z\" | {}     | type is not a string",
            "type a number    | 7        | \"2026-12-01T08:30:00Z\" | {}     | type is not a string",
            "time missing     | \"t.x\"  | null                     | {}     | time is required",
            "time not a time  | \"t.x\"  | \"yesterday\"            | {}     | not an event envelope",
            "time an array    | \"t.x\"  | [2026]                   | {}     | not an event envelope",
            "data null        | \"t.x\"  | \"2026-12-01T08:30:00Z\" | null   | data is required",
    })
    void aFieldMissingOrOfTheWrongKindIsMalformed(String name, String type, String time, String data,
            String reason) {
        assertMalformed(envelope("\"" + ID + "\"", type, time, data), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an array        | [1,2]                      | not a JSON object",
            "a string        | \"hello\"                  | not a JSON object",
            "not JSON        | hello                      | not an event envelope",
            "truncated       | {\"id\":\"3f2b8c1e-9d4a       | not an event envelope",
            "no data         | {\"type\":\"t.x\"}           | not an event envelope",
            "blank           | '   '                      | empty message",
    })
    void aDocumentThatIsNotAnEnvelopeIsMalformed(String name, String json, String reason) {
        assertMalformed(json, reason);
    }

    private static void assertMalformed(String json, String reason) {
        EventCodec.MalformedEvent e = assertThrows(EventCodec.MalformedEvent.class, () -> EventCodec.decode(json));
        assertTrue(e.getMessage().contains(reason), () -> "'" + e.getMessage() + "' names " + reason);
    }
}
