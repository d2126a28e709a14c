package com.careline.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one envelope every CareLine event travels in, CloudEvents-style: {@code subject} is the case id
 * (also the Kafka record key, so a case's events stay in order on one partition), {@code correlationId}
 * ties together the events of one customer request across services, {@code data} is the event record.
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        String correlationId,
        JsonNode data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
        requireText(correlationId, "correlationId");
        Objects.requireNonNull(data, "data");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** The domain part of the type: {@code complaint} for {@code complaint.registered}. */
    public String domain() {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
