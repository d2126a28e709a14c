package com.careline.e2e.outage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops while branch scans and complaint events stream into every consuming service, and starts
 * again once each consumer reports that it is waiting out the outage (health {@code /q/health/well}).
 * Afterwards nothing is parked anywhere, and every effect is there exactly once:
 * each scan stored once, each exception counted and claimed once, each complaint reported and followed up once.
 */
class ConsumerOutageTest {

    private static final String BRANCH = "OT01";
    private static final int WAYBILLS = 500;
    private static final int COMPLAINTS = 250;
    private static final List<String> SERVICES = List.of(
            "inquiry-service", "claims-service", "revisit-service", "reporting-service", "complaint-service");
    private static final List<String> DATABASES = List.of(
            "careline_inquiry", "careline_claims", "careline_revisit", "careline_reporting", "careline_complaint");

    private static RestartableInfra infra;

    @BeforeAll
    static void start() throws Exception {
        infra = new RestartableInfra();
        for (String service : SERVICES) {
            infra.start(service, Map.of());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void databaseOutageWhileEventsStreamInParksNothingAndLosesNothing() throws Exception {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Instant t0 = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        int exceptions = 0;
        for (int w = 0; w < WAYBILLS; w++) {
            String waybill = "OT" + (100_000_000 + w);
            boolean damaged = w % 20 == 0;
            exceptions += damaged ? 1 : 0;
            records.add(scan(waybill, ScanType.PICKED_UP, t0, null));
            records.add(scan(waybill, ScanType.IN_TRANSIT, t0.plusSeconds(600), null));
            records.add(damaged ? scan(waybill, ScanType.EXCEPTION, t0.plusSeconds(1200), ShipmentEvents.ExceptionKind.DAMAGED)
                    : scan(waybill, ScanType.OUT_FOR_DELIVERY, t0.plusSeconds(1200), null));
            records.add(scan(waybill, ScanType.DELIVERED, t0.plusSeconds(1800), null));
        }
        for (int c = 0; c < COMPLAINTS; c++) {
            UUID id = UUID.randomUUID();
            String number = BRANCH + (200_000_000 + c);
            records.add(complaint(id, ComplaintEvents.REGISTERED, new ComplaintEvents.Registered(id, number, BRANCH,
                    "PHONE", "DELAY", false, List.of(), null, "customer-" + c, "agent.ot", t0, null, null)));
            records.add(complaint(id, ComplaintEvents.RESOLVED, new ComplaintEvents.Resolved(id, number, BRANCH,
                    "DELAY", false, "re-delivered", "王先生", "13800000001", "agent.ot", t0, t0.plusSeconds(3600),
                    "agent.ot")));
        }

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            int third = records.size() / 3;
            send(producer, records.subList(0, third));
            infra.stopPostgres();
            try {
                // the rest arrives while the database is away: consumers must wait it out, not park, and say so
                send(producer, records.subList(third, records.size()));
                for (String service : SERVICES.subList(0, 4)) {
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(infra.service(service)
                            .managementUrl()).get("/q/health/well").then().statusCode(503)
                            .body("checks.find { it.name == 'event-consumers' }.status", equalTo("DOWN")));
                }
            } finally {
                infra.startPostgres();
            }
        }

        int damaged = exceptions;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            assertEquals(WAYBILLS * 4L, scalar("careline_inquiry",
                    "select count(*) from scan_event where waybill_no like 'OT%'"), "scans stored");
            assertEquals((long) WAYBILLS, scalar("careline_inquiry",
                    "select count(*) from waybill where waybill_no like 'OT%' and delivered_at is not null"));
            assertEquals((long) damaged, scalar("careline_claims",
                    "select count(*) from claim where waybill_no like 'OT%'"), "claims opened");
            assertEquals((long) damaged, scalar("careline_reporting",
                    "select coalesce(sum(exceptions), 0) from shipment_exception_daily where branch = '" + BRANCH + "'"));
            assertEquals((long) COMPLAINTS, scalar("careline_reporting",
                    "select count(*) from complaint_fact where branch = '" + BRANCH + "' and resolved_at is not null"));
            assertEquals((long) COMPLAINTS, scalar("careline_reporting", "select coalesce(sum(registered), 0)"
                    + " from complaint_monthly where branch = '" + BRANCH + "'"), "registrations counted once");
            assertEquals((long) COMPLAINTS, scalar("careline_revisit",
                    "select count(*) from revisit where case_type = 'COMPLAINT'"), "follow-up calls planned");
        });
        for (String database : DATABASES) {
            assertEquals(0L, scalar(database, "select count(*) from parked_event"), database + ": parked records");
        }
    }

    private static void send(KafkaProducer<String, String> producer, List<ProducerRecord<String, String>> records)
            throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (ProducerRecord<String, String> r : records) {
            acks.add(producer.send(r));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private static ProducerRecord<String, String> scan(String waybill, ScanType type, Instant at,
            ShipmentEvents.ExceptionKind kind) {
        var data = new ShipmentEvents.Scanned(waybill, BRANCH, type, at,
                type == ScanType.PICKED_UP ? ShipmentEvents.RouteType.OTHER_CITY : null, "深圳", kind, null);
        EventEnvelope e = EventCodec.envelope(ShipmentEvents.SCANNED, "branch/" + BRANCH, waybill, waybill, at, data);
        return new ProducerRecord<>(Topics.SHIPMENT_EVENTS, waybill, EventCodec.encode(e));
    }

    private static ProducerRecord<String, String> complaint(UUID id, String type, Object data) {
        EventEnvelope e = EventCodec.envelope(type, "careline/complaint-service", id.toString(), "corr-" + id,
                Instant.now(), data);
        return new ProducerRecord<>(Topics.COMPLAINT_EVENTS, id.toString(), EventCodec.encode(e));
    }

    private static long scalar(String database, String sql) throws SQLException {
        try (Connection db = infra.database(database); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
