package com.careline.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EventCodecTest {

    record Payment(String claimNumber, BigDecimal amount) {
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
}
