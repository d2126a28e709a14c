package com.careline.platform.consumer;

import java.util.ArrayList;
import java.util.List;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * One record as a consumer received it: where it came from, its raw value, and the envelope read from it or
 * why none could be read. {@link #subject()} is the case it belongs to: the envelope's subject, else the
 * record key (which the producers set to the subject), else none (such a record holds nothing behind it).
 */
record Delivery(String topic, int partition, long offset, String key, String payload, EventEnvelope event,
        RuntimeException unreadable) {

    static List<Delivery> of(ConsumerRecords<String, String> records) {
        List<Delivery> deliveries = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            deliveries.add(read(r.topic(), r.partition(), r.offset(), r.key(), r.value()));
        }
        return deliveries;
    }

    static Delivery read(String topic, int partition, long offset, String key, String payload) {
        try {
            return new Delivery(topic, partition, offset, key, payload, EventCodec.decode(payload), null);
        } catch (EventCodec.MalformedEvent e) {
            return new Delivery(topic, partition, offset, key, payload, null, e);
        }
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
