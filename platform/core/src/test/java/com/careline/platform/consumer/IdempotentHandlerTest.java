package com.careline.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import org.junit.jupiter.api.Test;

/** A handler that dedupes by its own keys skips the inbox: it gets each id of a batch once, in order. */
class IdempotentHandlerTest {

    private static final EventHandler SELF_KEYED = new EventHandler() {
        @Override
        public String consumer() {
            return "test.self-keyed";
        }

        @Override
        public boolean idempotent() {
            return true;
        }

        @Override
        public String channel() {
            return "test";
        }

        @Override
        public void apply(List<EventEnvelope> events) {
        }
    };

    private static EventEnvelope event(String subject) {
        return EventCodec.envelope("shipment.scanned", "test", subject, subject, Instant.now(), Map.of());
    }

    @Test
    void aRepeatedIdIsHandedOverOnceInItsFirstPlaceWithoutTheInbox() {
        EventEnvelope a = event("W1");
        EventEnvelope b = event("W2");
        EventEnvelope c = event("W1");

        // no inbox at all: an idempotent handler's events never reach it
        assertEquals(List.of(a, b, c), EventConsumption.firstDeliveries(null, SELF_KEYED, List.of(a, b, a, c, b)));
    }
}
