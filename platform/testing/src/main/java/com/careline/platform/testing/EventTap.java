package com.careline.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads and writes the real topics in tests, with its own clients built from the application's
 * {@code kafka.bootstrap.servers}. Reads take a topic from its beginning up to its current end, so a test
 * finds its events by subject whatever other tests published; waiting is done with Awaitility.
 */
@ApplicationScoped
public class EventTap {

    /** A record as it sits on the topic. */
    public record Record(String key, String value, Map<String, String> headers) {
        public EventEnvelope envelope() {
            return EventCodec.decode(value);
        }
    }

    private String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Waits for the first event of {@code type} about {@code subject} and returns it. */
    public EventEnvelope await(String topic, String subject, String type) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> events(topic, subject).stream().filter(e -> e.type().equals(type)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    /** Every readable event about {@code subject} now on {@code topic}, in topic order per partition. */
    public List<EventEnvelope> events(String topic, String subject) {
        List<EventEnvelope> found = new ArrayList<>();
        for (Record record : records(topic)) {
            if (subject.equals(record.key())) {
                found.add(record.envelope());
            }
        }
        return found;
    }

    /** Every record now on {@code topic}, readable as an event or not (dead-letter topics hold both). */
    public List<Record> records(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "event-tap-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Record> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    records.add(new Record(r.key(), r.value(), headers));
                }
            }
            return records;
        }
    }

    /** Publishes a raw record, as a branch system or a misbehaving producer would. */
    public void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** Publishes a raw record with {@code headers} (e.g. a {@code traceparent}). */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /**
     * Publishes {@code records} (key, value) to one partition in one go (one produce request, no wait between
     * them), so that a consumer polls them together as one batch, as it does under load.
     */
    public void sendBatch(String topic, int partition, List<Map.Entry<String, String>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "100");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            var acks = records.stream().map(r -> producer.send(
                    new ProducerRecord<>(topic, partition, r.getKey(), r.getValue()))).toList();
            producer.flush();
            for (var ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    public void send(String topic, EventEnvelope envelope) {
        send(topic, envelope.subject(), EventCodec.encode(envelope));
    }
}
