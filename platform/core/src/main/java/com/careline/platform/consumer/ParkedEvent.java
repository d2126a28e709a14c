package com.careline.platform.consumer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.careline.platform.time.SqlInstants;

/** A row of {@code parked_event}, as ops see it; {@code payload} is left out of lists. */
public record ParkedEvent(UUID id, long seq, String consumer, String consumerGroup, String topic, int partition,
        long offset, String recordKey, String subject, UUID eventId, String eventType, String payload,
        ParkedStatus status, String reason, String exceptionClass, int attempts, Instant nextAttemptAt,
        Instant parkedAt, Instant resolvedAt, String resolvedBy, String resolution) {

    static final String COLUMNS = """
            id, seq, consumer, consumer_group, kafka_topic, kafka_partition, kafka_offset, record_key, subject,
            event_id, event_type, payload, status, reason, exception_class, attempts, next_attempt_at, parked_at,
            resolved_at, resolved_by, resolution""";

    static ParkedEvent of(Object[] r) {
        return new ParkedEvent((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).longValue(), (String) r[7], (String) r[8],
                (UUID) r[9], (String) r[10], (String) r[11], ParkedStatus.valueOf((String) r[12]), (String) r[13],
                (String) r[14], ((Number) r[15]).intValue(), SqlInstants.of(r[16]), SqlInstants.of(r[17]),
                SqlInstants.of(r[18]), (String) r[19], (String) r[20]);
    }

    ParkedEvent withoutPayload() {
        return new ParkedEvent(id, seq, consumer, consumerGroup, topic, partition, offset, recordKey, subject, eventId,
                eventType, null, status, reason, exceptionClass, attempts, nextAttemptAt, parkedAt, resolvedAt,
                resolvedBy, resolution);
    }

    /** As a replay delivers it: the trace it came with is not kept, the replay's own request is its trace. */
    Delivery delivery() {
        return Delivery.read(topic, partition, offset, recordKey, payload, Map.of());
    }
}
