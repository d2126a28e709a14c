package com.careline.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import com.careline.platform.events.EventCodec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** How a staged row becomes a Kafka record, and which failures are the row's own fault for good. */
final class OutboxRecords {

    /** Kafka's legal topic names (org.apache.kafka.common.internals.Topic, not public API). */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private OutboxRecords() {
    }

    /** An event is keyed by its subject; a staged record of another kind may have no key, and has headers. */
    static ProducerRecord<String, String> record(String topic, String subject, String payload, String headers) {
        var record = new ProducerRecord<String, String>(topic, subject.isEmpty() ? null : subject, payload);
        if (headers != null) {
            EventCodec.readTree(headers).fields().forEachRemaining(h -> record.headers()
                    .add(h.getKey(), h.getValue().asText().getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    /** Why the row can never be sent, found before sending it; empty when it can. */
    static Optional<String> refusal(String topic, String payload, String headers, int maxBytes) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            return Optional.of("'" + topic + "' is not a Kafka topic name");
        }
        long size = payload.getBytes(StandardCharsets.UTF_8).length
                + (headers == null ? 0 : headers.getBytes(StandardCharsets.UTF_8).length);
        if (size > maxBytes) {
            return Optional.of("the record has " + size + " bytes, above careline.outbox.max-record-bytes ("
                    + maxBytes + ")");
        }
        try {
            if (headers != null) {
                EventCodec.readTree(headers);
            }
        } catch (RuntimeException e) {
            return Optional.of("its headers are not a JSON object: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The broker refuses this record and will refuse it again: sending it once more cannot help. */
    static boolean refusedForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof SerializationException
                || failure instanceof AuthorizationException && !(failure instanceof RetriableException);
    }

    /** The producer cannot go on (fenced, its credentials refused, a protocol it lacks): a new one is built. */
    static boolean fatalToProducer(Throwable failure) {
        return failure instanceof ProducerFencedException || failure instanceof AuthenticationException
                || failure instanceof UnsupportedVersionException
                || failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("closed");
    }
}
