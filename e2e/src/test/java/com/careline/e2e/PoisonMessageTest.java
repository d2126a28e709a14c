package com.careline.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.shipment.ShipmentEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A poison message on each consumed topic, followed on the same partition by a good event: every consumer
 * of the topic parks the poison on the topic's dead-letter topic with the reason, and then acts on the
 * good event (its inbox records it), instead of looping on the poison or stopping.
 */
@ExtendWith(RunningSuite.class)
class PoisonMessageTest {

    /** topic -> the databases of the services that consume it (their application.properties). */
    private static final Map<String, List<String>> CONSUMERS = Map.of(
            Topics.COMPLAINT_EVENTS, List.of("careline_revisit", "careline_reporting"),
            Topics.INQUIRY_EVENTS, List.of("careline_revisit", "careline_reporting"),
            Topics.SHIPMENT_EVENTS, List.of("careline_inquiry", "careline_claims", "careline_reporting"),
            Topics.REVISIT_EVENTS, List.of("careline_complaint", "careline_reporting"),
            Topics.CLAIM_EVENTS, List.of("careline_reporting"));
    private static final List<String> POISONS = List.of("{not json", "{\"id\": \"not-a-uuid\", \"type\": 42}");

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void poisonIsParkedWithItsReasonAndTheNextEventIsProcessed() throws Exception {
        Map<String, String> goodEvents = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : CONSUMERS.keySet()) {
                String key = "PSN" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
                for (String poison : POISONS) {
                    producer.send(new ProducerRecord<>(topic, key, poison)).get();
                }
                EventEnvelope good = good(topic, key);
                producer.send(new ProducerRecord<>(topic, key, EventCodec.encode(good))).get();
                goodEvents.put(topic, key + " " + good.id());
            }
        }

        for (var entry : CONSUMERS.entrySet()) {
            String topic = entry.getKey();
            String[] keyAndId = goodEvents.get(topic).split(" ");
            for (String database : entry.getValue()) {
                try (Connection db = suite.database(database)) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> inboxHas(db, UUID.fromString(keyAndId[1])));
                }
            }
            List<ConsumerRecord<String, String>> parked = parked(topic + ".dlq", keyAndId[0],
                    entry.getValue().size() * POISONS.size());
            assertEquals(entry.getValue().size() * POISONS.size(), parked.size(), topic + ": " + parked);
            for (ConsumerRecord<String, String> record : parked) {
                assertTrue(POISONS.contains(record.value()), record.value());
                Header reason = record.headers().lastHeader("dead-letter-reason");
                assertTrue(reason != null && !new String(reason.value(), StandardCharsets.UTF_8).isBlank(),
                        topic + ": a parked message has no reason");
            }
        }
    }

    /**
     * A scan on the shipment topic, whose consumers park types they do not know (the branch systems' contract
     * is closed); on the case topics a type no consumer acts on, which their inboxes record all the same.
     */
    private static EventEnvelope good(String topic, String key) {
        Object data = topic.equals(Topics.SHIPMENT_EVENTS)
                ? new ShipmentEvents.Scanned(key, "PS01", ShipmentEvents.ScanType.PICKED_UP, Instant.now(),
                        ShipmentEvents.RouteType.SAME_CITY, "深圳", null, null)
                : Map.of("note", "after the poison");
        String type = topic.equals(Topics.SHIPMENT_EVENTS) ? ShipmentEvents.SCANNED : topic.split("\\.")[1] + ".probe";
        return EventCodec.envelope(type, "e2e", key, key, Instant.now(), data);
    }

    private static boolean inboxHas(Connection db, UUID eventId) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select count(*) from inbox_event where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** The dead-letter records with {@code key}, read from the start until {@code expected} are there. */
    private List<ConsumerRecord<String, String>> parked(String dlq, String key, int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(dlq));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                return found.size() >= expected;
            });
        }
        return found;
    }
}
