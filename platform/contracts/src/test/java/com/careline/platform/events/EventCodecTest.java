package com.careline.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
