package com.careline.platform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON form of {@link EventEnvelope} and its data. A record that cannot be read as an envelope is a
 * {@link MalformedEvent}: consumers let it fail so that the message is parked on the dead-letter topic.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(FastInstants.module()) // after JavaTimeModule: it takes the instants
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // payload changes are additive: a consumer ignores fields it does not know yet
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // money never passes through double: a decimal stays exact in the envelope's tree and after it
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private EventCodec() {
    }

    public static EventEnvelope envelope(String type, String source, String subject, String correlationId,
            Instant time, Object data) {
        return new EventEnvelope(UUID.randomUUID(), type, source, subject, time, correlationId,
                MAPPER.valueToTree(data));
    }

    /** An event to stage: a new id, its data kept as the record (see {@link OutgoingEvent}). */
    public static OutgoingEvent outgoing(String type, String source, String subject, String correlationId,
            Instant time, Object data) {
        return new OutgoingEvent(UUID.randomUUID(), type, source, subject, time, correlationId, data);
    }

    public static String encode(EventEnvelope envelope) {
        return write(envelope, envelope.id());
    }

    /** The same document as the {@link EventEnvelope} of the same fields would be. */
    public static String encode(OutgoingEvent event) {
        return write(event, event.id());
    }

    private static String write(Object envelope, UUID id) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("event " + id + " cannot be serialised", e);
        }
    }

    public static EventEnvelope decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEvent("empty message");
        }
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEvent("not an event envelope: " + firstLine(e.getMessage()));
        }
    }

    /** The envelope's data as the event record of its type. */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return MAPPER.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEvent("data of " + envelope.type() + " " + envelope.id() + " is not a "
                    + type.getSimpleName() + ": " + firstLine(e.getMessage()));
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A JSON document that is not an envelope (e.g. stored headers); a bug, not bad input, if unreadable. */
    public static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A message that is not a readable CareLine event; it is never retried, only parked. */
    public static final class MalformedEvent extends RuntimeException {
        public MalformedEvent(String reason) {
            super(reason);
        }
    }
}
