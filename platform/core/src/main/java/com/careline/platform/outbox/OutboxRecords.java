package com.careline.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.careline.platform.events.EventCodec;
import com.fasterxml.jackson.databind.JsonNode;
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

    /** A staged row as the record to send, or why it can never be sent (then {@code record} is null). */
    record Prepared(ProducerRecord<String, String> record, String refusal) {
    }

    /**
     * The row as a record: an event is keyed by its subject; a staged record of another kind may have no key,
     * and has headers. Refused, before sending, when the topic is not a topic name, the record is larger than
     * {@code maxBytes} or its headers are not a JSON object. The headers are read once, here.
     */
    static Prepared prepare(String topic, String subject, String payload, String headers, int maxBytes) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            return refused("'" + topic + "' is not a Kafka topic name");
        }
        // a UTF-16 char is at most 3 bytes of UTF-8 (a surrogate pair, 2 chars, is 4): a record this short fits
        // uncounted, as nearly every event does (counting was 2 % of revisit-service's CPU under load)
        long chars = payload.length() + (headers == null ? 0 : headers.length());
        if (3 * chars > maxBytes) {
            long size = utf8Length(payload) + (headers == null ? 0 : utf8Length(headers));
            if (size > maxBytes) {
                return refused("the record has " + size + " bytes, above careline.outbox.max-record-bytes ("
                        + maxBytes + ")");
            }
        }
        var record = new ProducerRecord<String, String>(topic, subject.isEmpty() ? null : subject, payload);
        if (headers != null) {
            JsonNode tree;
            try {
                tree = EventCodec.readTree(headers);
            } catch (RuntimeException e) {
                return refused("its headers are not a JSON object: " + e.getMessage());
            }
            tree.fields().forEachRemaining(h -> record.headers()
                    .add(h.getKey(), h.getValue().asText().getBytes(StandardCharsets.UTF_8)));
        }
        return new Prepared(record, null);
    }

    private static Prepared refused(String reason) {
        return new Prepared(null, reason);
    }

    /** The bytes of {@code s} in UTF-8, counted without encoding it. */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                bytes++;
            } else if (ch < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
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
