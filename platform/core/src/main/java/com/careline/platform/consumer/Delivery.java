package com.careline.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.tracing.Traces;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

/**
 * One record as a consumer received it: where it came from, its raw value, and the envelope read from it or
 * why none could be read. {@link #subject()} is the case it belongs to: the envelope's subject, else the
 * record key (which the producers set to the subject), else none (such a record holds nothing behind it).
 * {@code trace} is the trace context of its headers ({@link Traces#HEADERS}), empty when it has none.
 */
record Delivery(String topic, int partition, long offset, String key, String payload, EventEnvelope event,
        RuntimeException unreadable, Map<String, String> trace) {

    static List<Delivery> of(ConsumerRecords<String, String> records) {
        List<Delivery> deliveries = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            deliveries.add(read(r.topic(), r.partition(), r.offset(), r.key(), r.value(), trace(r)));
        }
        return deliveries;
    }

    static Delivery read(String topic, int partition, long offset, String key, String payload,
            Map<String, String> trace) {
        try {
            return new Delivery(topic, partition, offset, key, payload, EventCodec.decode(payload), null, trace);
        } catch (EventCodec.MalformedEvent e) {
            return new Delivery(topic, partition, offset, key, payload, null, e, trace);
        }
    }

    private static Map<String, String> trace(ConsumerRecord<String, String> r) {
        Map<String, String> trace = Map.of();
        for (String name : Traces.HEADERS) {
            Header h = r.headers().lastHeader(name);
            if (h != null && h.value() != null) {
                if (trace.isEmpty()) {
                    trace = new HashMap<>(2);
                }
                trace.put(name, new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return trace;
    }

    String subject() {
        if (event != null) {
            return event.subject();
        }
        return key == null || key.isBlank() ? null : key;
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset + (event == null ? "" : " " + event.type() + " " + event.id());
    }
}
