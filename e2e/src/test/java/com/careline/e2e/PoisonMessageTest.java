package com.careline.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
import com.careline.platform.events.complaint.ComplaintEvents;
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
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two poison messages of one case on each consumed topic, a good event of that case, then on the same
 * partition a good event of another case: every consumer of the topic parks the first poison on the
 * topic's dead-letter topic with the reason, holds the case's later records behind it (so the case does not
 * run on without them), and acts on the other case's event, instead of looping on the poison or stopping.
 */
@ExtendWith(RunningSuite.class)
class PoisonMessageTest {

    /**
     * topic -> its consumers (their application.properties): the database of the service, and whether the
     * consumer acts on the topic's probe event ({@link #good}); one that does not drops it unrecorded, so it
     * parks the poisons only, the first as parked and the second as held.
     */
    private static final Map<String, List<Consumer>> CONSUMERS = Map.of(
            Topics.COMPLAINT_EVENTS, List.of(skips("careline_revisit"), acts("careline_claims"),
                    acts("careline_reporting"), skips("careline_reporting"), skips("careline_reporting")),
            Topics.INQUIRY_EVENTS, List.of(acts("careline_revisit"), acts("careline_reporting"),
                    skips("careline_reporting"), skips("careline_reporting")),
            Topics.SHIPMENT_EVENTS, List.of(acts("careline_inquiry"), acts("careline_claims"),
                    acts("careline_reporting")),
            Topics.REVISIT_EVENTS, List.of(acts("careline_complaint"), acts("careline_inquiry"),
                    acts("careline_reporting"), skips("careline_reporting"), skips("careline_reporting")),
            Topics.CLAIM_EVENTS, List.of(acts("careline_reporting"), skips("careline_reporting"),
                    skips("careline_reporting")));

    private record Consumer(String database, boolean actsOnProbe) {
    }

    private static Consumer acts(String database) {
        return new Consumer(database, true);
    }

    /**
     * A consumer that drops the probe event unread: reporting-service's case search and desk, which act on the
     * events that open, move or escalate a case, and revisit-service's complaint consumer, which acts on
     * resolutions and reopenings only.
     */
    private static Consumer skips(String database) {
        return new Consumer(database, false);
    }

    private static final List<String> POISONS = List.of("{not json", "{\"id\": \"not-a-uuid\", \"type\": 42}");

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void poisonIsParkedWithItsReasonItsCaseIsHeldAndTheNextCaseIsProcessed() throws Exception {
        Map<String, String[]> sent = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : CONSUMERS.keySet()) {
                String poisoned = key();
                String other = key();
                // all on the poisoned case's partition, so the other case's event comes after the poison
                int partition = Utils.toPositive(Utils.murmur2(poisoned.getBytes(StandardCharsets.UTF_8)))
                        % Topics.partitions(topic);
                for (String poison : POISONS) {
                    producer.send(new ProducerRecord<>(topic, partition, poisoned, poison)).get();
                }
                EventEnvelope held = good(topic, poisoned);
                EventEnvelope next = good(topic, other);
                producer.send(new ProducerRecord<>(topic, partition, poisoned, EventCodec.encode(held))).get();
                producer.send(new ProducerRecord<>(topic, partition, other, EventCodec.encode(next))).get();
                sent.put(topic, new String[] {poisoned, held.id().toString(), next.id().toString()});
            }
        }

        for (var entry : CONSUMERS.entrySet()) {
            String topic = entry.getKey();
            String[] keyHeldNext = sent.get(topic);
            // scans commute (their consumers are not ordered): a bad scan holds nothing of its waybill back
            boolean ordered = !topic.equals(Topics.SHIPMENT_EVENTS);
            for (String database : entry.getValue().stream().filter(Consumer::actsOnProbe).map(Consumer::database)
                    .distinct().toList()) {
                try (Connection db = suite.database(database)) {
                    String applied = applied(database, topic);
                    UUID held = UUID.fromString(keyHeldNext[1]);
                    UUID next = UUID.fromString(keyHeldNext[2]);
                    await().atMost(Duration.ofSeconds(60)).until(() -> has(db, applied, next));
                    if (ordered) {
                        assertFalse(has(db, applied, held),
                                database + ": an event of a case with a parked event was applied");
                    } else {
                        await().atMost(Duration.ofSeconds(60)).until(() -> has(db, applied, held));
                    }
                }
            }
            // per ordered consumer: the first poison parked, the second and the later event held behind it (the
            // later event only if the consumer acts on it); per unordered one: both poisons parked
            int expected = 0;
            int expectedHeld = 0;
            for (Consumer consumer : entry.getValue()) {
                int held = ordered ? (consumer.actsOnProbe() ? 2 : 1) : 0;
                expected += ordered ? 1 + held : 2;
                expectedHeld += held;
            }
            List<ConsumerRecord<String, String>> parked = parked(topic + ".dlq", keyHeldNext[0], expected);
            assertEquals(expected, parked.size(), topic + ": " + parked);
            long held = parked.stream().filter(r -> "true".equals(header(r, "careline-held"))).count();
            assertEquals(expectedHeld, held, topic + ": held copies");
            for (ConsumerRecord<String, String> record : parked) {
                assertTrue(header(record, "dead-letter-reason") != null
                        && !header(record, "dead-letter-reason").isBlank(), topic + ": a parked message has no reason");
                assertEquals(topic, header(record, "dead-letter-topic"));
                if (ordered && "false".equals(header(record, "careline-held"))) {
                    assertEquals(POISONS.get(0), record.value(), topic + ": the first poison is the one parked");
                }
            }
        }
    }

    private static String key() {
        return "PSN" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /**
     * An event every consumer of the topic records as applied: on the shipment topic a damage scan and on the
     * complaint topic an agreed compensation (claims-service ignores other events there without recording them);
     * on the other case topics a type no consumer acts on, which their inboxes record all the same.
     */
    private static EventEnvelope good(String topic, String key) {
        Object data;
        String type;
        if (topic.equals(Topics.SHIPMENT_EVENTS)) {
            type = ShipmentEvents.SCANNED;
            data = new ShipmentEvents.Scanned(key, "PS01", ShipmentEvents.ScanType.EXCEPTION, Instant.now(), null,
                    "深圳", ShipmentEvents.ExceptionKind.DAMAGED, null);
        } else if (topic.equals(Topics.COMPLAINT_EVENTS)) {
            type = ComplaintEvents.COMPENSATION_AGREED;
            data = new ComplaintEvents.CompensationDecided(UUID.randomUUID(), key, "PS01", new BigDecimal("50.00"),
                    true, "after the poison", "e2e", Instant.now(), null, ComplaintEvents.CompensationDecided.AGREED,
                    "DELAY", key, "e2e", "13800000001");
        } else {
            type = topic.split("\\.")[1] + ".probe";
            data = Map.of("note", "after the poison");
        }
        return EventCodec.envelope(type, "e2e", key, key, Instant.now(), data);
    }

    /** Where a consumer's applied events show: its inbox, or for inquiry's scans (they skip it) the scans stored. */
    private static String applied(String database, String topic) {
        return database.equals("careline_inquiry") && topic.equals(Topics.SHIPMENT_EVENTS)
                ? "select count(*) from scan_event where event_id = ?"
                : "select count(*) from inbox_event where event_id = ?";
    }

    private static boolean has(Connection db, String count, UUID eventId) throws Exception {
        try (PreparedStatement query = db.prepareStatement(count)) {
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
