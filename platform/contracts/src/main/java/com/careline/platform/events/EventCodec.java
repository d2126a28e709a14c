package com.careline.platform.events;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

import com.careline.platform.ids.TimeOrderedIds;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
        return new EventEnvelope(TimeOrderedIds.next(), type, source, subject, time, correlationId,
                MAPPER.valueToTree(data));
    }

    /** An event to stage: a new id, its data kept as the record (see {@link OutgoingEvent}). */
    public static OutgoingEvent outgoing(String type, String source, String subject, String correlationId,
            Instant time, Object data) {
        return new OutgoingEvent(TimeOrderedIds.next(), type, source, subject, time, correlationId, data);
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

    /**
     * Reads the envelope field by field: binding it as a record buffered every field and built the data's tree
     * twice over, 5 us of a 365-character scan where this takes 3.6 us (and a consumer decodes every record it
     * polls). Unknown fields are skipped, as the mapper does; a field of the wrong JSON kind is malformed.
     */
    public static EventEnvelope decode(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEvent("empty message");
        }
        try (JsonParser p = MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEvent("not an event envelope: not a JSON object");
            }
            UUID id = null;
            String type = null;
            String source = null;
            String subject = null;
            Instant time = null;
            String correlationId = null;
            JsonNode data = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                p.nextToken();
                switch (field) {
                    case "id" -> id = uuid(p);
                    case "type" -> type = text(p, field);
                    case "source" -> source = text(p, field);
                    case "subject" -> subject = text(p, field);
                    case "time" -> time = time(p);
                    case "correlationId" -> correlationId = text(p, field);
                    case "data" -> data = p.hasToken(JsonToken.VALUE_NULL) ? null : MAPPER.readTree(p);
                    default -> p.skipChildren();
                }
            }
            if (!p.hasToken(JsonToken.END_OBJECT)) {
                throw new MalformedEvent("not an event envelope: not a JSON object");
            }
            required(id, "id");
            required(time, "time");
            required(data, "data");
            return new EventEnvelope(id, type, source, subject, time, correlationId, data);
        } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedEvent("not an event envelope: " + firstLine(e.getMessage()));
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new MalformedEvent("not an event envelope: " + field + " is required");
        }
    }

    private static String text(JsonParser p, String field) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new MalformedEvent("not an event envelope: " + field + " is not a string");
        }
        return p.getText();
    }

    /** The canonical 36-character form only, as Jackson reads it: {@link UUID#fromString} also takes "1-2-3-4-5". */
    private static UUID uuid(JsonParser p) throws IOException {
        String text = text(p, "id");
        if (text == null) {
            return null;
        }
        if (text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-' || text.charAt(18) != '-'
                || text.charAt(23) != '-') {
            throw new MalformedEvent("not an event envelope: id is not a UUID");
        }
        return UUID.fromString(text);
    }

    private static Instant time(JsonParser p) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant fast = FastInstants.parse(p.getText());
            if (fast != null) {
                return fast;
            }
        }
        return p.hasToken(JsonToken.VALUE_NULL) ? null : MAPPER.readValue(p, Instant.class);
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
