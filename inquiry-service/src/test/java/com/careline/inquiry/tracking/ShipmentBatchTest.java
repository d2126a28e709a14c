package com.careline.inquiry.tracking;

import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.InquiryFixtures.post;
import static com.careline.inquiry.InquiryFixtures.scan;
import static com.careline.inquiry.InquiryFixtures.waybill;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.events.shipment.ShipmentEvents.Scanned;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The scans of many waybills arriving together, as they do under load: one poll's batch, applied by
 * {@link ShipmentIngest} with a few multi-row statements, gives the rows the scans call for whatever their
 * order and repetitions, and one invalid scan is parked without holding up the other waybills or the later
 * scans of its own.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ShipmentBatchTest {

    private static final Duration H = Duration.ofHours(1);

    @Inject
    EventTap events;

    @Inject
    EntityManager em;

    /** The waybill row a waybill's scans must give. */
    record Expected(String no, String branch, String routeType, Instant pickedUpAt, Instant deliveredAt,
            String lastScanType, Instant lastScanTime, int exceptions, Instant promisedAt, Instant fullyDelayedAt,
            int scans) {
    }

    /** Valid scans, shuffled; the rows they must give; the waybills with one exception scan. */
    private record Scenario(List<EventEnvelope> valid, List<Expected> expected, List<String> withException) {
    }

    @Test
    void oneBatchOfInterleavedShuffledAndRepeatedScansGivesTheExpectedRowsAndParksTheInvalidOne() {
        String branch = fresh("B");
        String hub = fresh("H");
        Instant base = Instant.parse("2026-04-01T02:00:00Z");
        Scenario scenario = scenario(branch, hub, base);
        List<Expected> expected = new ArrayList<>(scenario.expected());
        List<String> withException = scenario.withException();

        // a waybill whose second scan is invalid (an EXCEPTION without its kind): the first applies, the
        // invalid one is parked and the third is applied all the same, not held behind it
        String v = waybill();
        EventEnvelope first = scan(v, branch, ScanType.PICKED_UP, base, RouteType.SAME_CITY, null);
        EventEnvelope invalid = scan(v, branch, ScanType.EXCEPTION, base.plus(H), null, null);
        EventEnvelope later = scan(v, branch, ScanType.PROCESSED, base.plus(H.multipliedBy(2)), null, null);
        List<EventEnvelope> batch = new ArrayList<>(scenario.valid());
        batch.add(0, first);
        batch.add(batch.size() / 2, invalid);
        batch.add(later);
        expected.add(new Expected(v, branch, "SAME_CITY", base, null, "PROCESSED", base.plus(H.multipliedBy(2)), 0,
                base.plus(Duration.ofDays(1)), base.plus(Duration.ofDays(3)), 2));

        // one partition in one produce request, so that the consumer polls it as one batch (a waybill's
        // records on one partition, as the record key would put them)
        int partition = new Random().nextInt(Topics.partitions(Topics.SHIPMENT_EVENTS));
        events.sendBatch(Topics.SHIPMENT_EVENTS, partition,
                batch.stream().map(e -> Map.entry(e.subject(), EventCodec.encode(e))).toList());

        awaitRows(expected);

        // one work order per new exception scan, however often it was delivered
        String agent = Tokens.agent(branch);
        for (String no : withException) {
            given().auth().oauth2(agent).queryParam("waybill", no).when().get("/api/inquiries")
                    .then().statusCode(200).body("total", is(1), "items[0].topic", is("WAYBILL_EXCEPTION"));
        }
        given().auth().oauth2(agent).queryParam("waybill", v).when().get("/api/inquiries")
                .then().statusCode(200).body("total", is(0));

        // only the invalid scan is on the DLQ: the later one was applied (above), nothing was held
        String dlq = Topics.deadLetter(Topics.SHIPMENT_EVENTS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                events.records(dlq).stream().filter(r -> v.equals(r.key())).toList(), hasSize(1)));
        List<EventTap.Record> parked = events.records(dlq).stream().filter(r -> v.equals(r.key())).toList();
        assertThat(parked.stream().map(r -> r.envelope().id().toString()).toList(),
                contains(invalid.id().toString()));
        EventTap.Record refused = parked.get(0);
        assertThat(refused.headers().get("careline-held"), is("false"));
        assertThat(refused.headers().get("dead-letter-reason"), containsString("exceptionKind"));
        assertThat(refused.headers().get("dead-letter-reason"), containsString(invalid.id().toString()));
        assertThat(parked.stream().filter(r -> "true".equals(r.headers().get("careline-held"))).toList(),
                hasSize(0));
        // no other waybill of the batch had anything parked or held
        List<String> others = expected.stream().map(Expected::no).filter(no -> !no.equals(v)).toList();
        assertThat(events.records(dlq).stream().filter(r -> others.contains(r.key())).toList(), hasSize(0));
    }

    /**
     * The same scans cut into small batches over several partitions, so that they are applied in many
     * transactions, some of them concurrent: each batch folds its new scans into rows that earlier ones wrote,
     * and the rows come out as one batch of all of them gives.
     */
    @Test
    void scansCutIntoManyBatchesGiveTheSameRowsAsOneBatch() {
        Scenario scenario = scenario(fresh("B"), fresh("H"), Instant.parse("2026-05-01T02:00:00Z"));
        Random random = new Random(13);
        int partitions = Topics.partitions(Topics.SHIPMENT_EVENTS);
        List<EventEnvelope> valid = scenario.valid();
        for (int from = 0, chunk = 0; from < valid.size(); chunk++) {
            int to = Math.min(valid.size(), from + 1 + random.nextInt(6));
            events.sendBatch(Topics.SHIPMENT_EVENTS, chunk % partitions, valid.subList(from, to).stream()
                    .map(e -> Map.entry(e.subject(), EventCodec.encode(e))).toList());
            from = to;
        }
        awaitRows(scenario.expected());
    }

    /**
     * The work orders of one poll's exception scans are routed in one transaction, which reads the rules once
     * per region: each order still takes its own region's route.
     */
    @Test
    void exceptionScansOfOneBatchEachTakeTheirRegionsRoute() {
        String withTopic = fresh("R");
        String regionOnly = fresh("R");
        String noRule = fresh("R");
        String supervisor = Tokens.supervisor("HQ");
        post(supervisor, "/api/routing-rules", Map.of("region", withTopic, "topic", "WAYBILL_EXCEPTION",
                "department", "DELIVERY", "queue", withTopic + "-EXC"), 201);
        post(supervisor, "/api/routing-rules", Map.of("region", regionOnly, "department", "OPERATIONS",
                "queue", regionOnly + "-OPS"), 201);
        Map<String, String> queues = new LinkedHashMap<>();
        List<EventEnvelope> batch = new ArrayList<>();
        Instant at = Instant.parse("2026-06-01T02:00:00Z");
        for (String branch : List.of(withTopic, regionOnly, noRule, withTopic)) {
            String no = waybill();
            batch.add(scan(no, branch, ScanType.EXCEPTION, at, null, ExceptionKind.LOST));
            queues.put(no, branch.equals(withTopic) ? withTopic + "-EXC"
                    : branch.equals(regionOnly) ? regionOnly + "-OPS" : "HQ-GENERAL");
        }
        events.sendBatch(Topics.SHIPMENT_EVENTS, 0,
                batch.stream().map(e -> Map.entry(e.subject(), EventCodec.encode(e))).toList());

        for (EventEnvelope scan : batch) {
            String agent = Tokens.agent(EventCodec.data(scan, Scanned.class).branch());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                    .queryParam("waybill", scan.subject()).when().get("/api/inquiries")
                    .then().statusCode(200).body("total", is(1), "items[0].queue", is(queues.get(scan.subject()))));
        }
    }

    private void awaitRows(List<Expected> expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Waybill> rows = waybills(expected.stream().map(Expected::no).toList());
            for (Expected x : expected) {
                assertThat(x.no() + " has a row", rows.containsKey(x.no()), is(true));
                assertThat(x.no(), actual(rows.get(x.no()), scanCount(x.no())), is(x));
            }
        });
    }

    /** The scans of 24 waybills of every kind, shuffled, and the rows they must give. */
    private static Scenario scenario(String branch, String hub, Instant base) {
        List<EventEnvelope> valid = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<String> withException = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            Instant p = base.plus(H.multipliedBy(i));

            // same city, delivered; one scan delivered twice (same event), one re-sent (new event, same scan)
            String a = waybill();
            EventEnvelope aProcessed = scan(a, branch, ScanType.PROCESSED, p.plus(H), null, null);
            valid.addAll(List.of(
                    scan(a, branch, ScanType.PICKED_UP, p, RouteType.SAME_CITY, null),
                    aProcessed, aProcessed,
                    scan(a, hub, ScanType.OUT_FOR_DELIVERY, p.plus(H.multipliedBy(5)), null, null),
                    scan(a, hub, ScanType.DELIVERED, p.plus(H.multipliedBy(6)), null, null),
                    scan(a, hub, ScanType.DELIVERED, p.plus(H.multipliedBy(6)), null, null)));
            expected.add(new Expected(a, branch, "SAME_CITY", p, p.plus(H.multipliedBy(6)), "DELIVERED",
                    p.plus(H.multipliedBy(6)), 0, p.plus(Duration.ofDays(1)), p.plus(Duration.ofDays(3)), 4));

            // other city, delivered and signed at the same time: the later stage is the last
            String b = waybill();
            valid.addAll(List.of(
                    scan(b, branch, ScanType.PICKED_UP, p, RouteType.OTHER_CITY, null),
                    scan(b, branch, ScanType.IN_TRANSIT, p.plus(H.multipliedBy(5)), null, null),
                    scan(b, hub, ScanType.SIGNED, p.plus(H.multipliedBy(50)), null, null),
                    scan(b, hub, ScanType.DELIVERED, p.plus(H.multipliedBy(50)), null, null)));
            expected.add(new Expected(b, branch, "OTHER_CITY", p, p.plus(H.multipliedBy(50)), "SIGNED",
                    p.plus(H.multipliedBy(50)), 0, p.plus(Duration.ofDays(3)), p.plus(Duration.ofDays(7)), 4));

            // international, an exception (delivered twice) on the way, not delivered yet
            String c = waybill();
            EventEnvelope damaged = scan(c, branch, ScanType.EXCEPTION, p.plus(H.multipliedBy(20)), null,
                    ExceptionKind.DAMAGED);
            valid.addAll(List.of(
                    scan(c, branch, ScanType.PICKED_UP, p, RouteType.INTERNATIONAL, null),
                    scan(c, branch, ScanType.IN_TRANSIT, p.plus(H.multipliedBy(10)), null, null),
                    damaged, damaged,
                    scan(c, hub, ScanType.IN_TRANSIT, p.plus(H.multipliedBy(30)), null, null)));
            expected.add(new Expected(c, branch, "INTERNATIONAL", p, null, "IN_TRANSIT", p.plus(H.multipliedBy(30)),
                    1, p.plus(Duration.ofDays(7)), p.plus(Duration.ofDays(10)), 4));
            withException.add(c);

            // no pickup scan yet: the earliest scan's branch, no route, no promise
            String d = waybill();
            valid.addAll(List.of(
                    scan(d, hub, ScanType.IN_TRANSIT, p.plus(H.multipliedBy(2)), null, null),
                    scan(d, branch, ScanType.PROCESSED, p.plus(H), null, null)));
            expected.add(new Expected(d, branch, null, null, null, "IN_TRANSIT", p.plus(H.multipliedBy(2)), 0, null,
                    null, 2));

            // picked up twice: the first pickup sets branch, route and limits
            String e = waybill();
            valid.addAll(List.of(
                    scan(e, hub, ScanType.PICKED_UP, p.plus(H), RouteType.OTHER_CITY, null),
                    scan(e, branch, ScanType.PICKED_UP, p, RouteType.SAME_CITY, null),
                    scan(e, branch, ScanType.PROCESSED, p.plus(H.multipliedBy(2)), null, null)));
            expected.add(new Expected(e, branch, "SAME_CITY", p, null, "PROCESSED", p.plus(H.multipliedBy(2)), 0,
                    p.plus(Duration.ofDays(1)), p.plus(Duration.ofDays(3)), 3));

            // no pickup, two first scans at the same time: the branch first by name, the later stage last
            String f = waybill();
            valid.addAll(List.of(
                    scan(f, hub, ScanType.PROCESSED, p.plus(H), null, null),
                    scan(f, branch, ScanType.IN_TRANSIT, p.plus(H), null, null),
                    scan(f, hub, ScanType.PROCESSED, p.plus(H.multipliedBy(3)), null, null)));
            expected.add(new Expected(f, branch, null, null, null, "PROCESSED", p.plus(H.multipliedBy(3)), 0, null,
                    null, 3));
        }
        Collections.shuffle(valid, new Random(11)); // waybills interleaved, each one's scans out of order
        return new Scenario(valid, expected, withException);
    }

    private Map<String, Waybill> waybills(List<String> nos) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("from Waybill where waybillNo in :nos", Waybill.class).setParameter("nos", nos)
                .getResultList().stream().collect(Collectors.toMap(Waybill::waybillNo, Function.identity())));
    }

    private int scanCount(String no) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from scan_event where waybill_no = :no").setParameter("no", no)
                .getSingleResult()).intValue());
    }

    private static Expected actual(Waybill w, int scans) {
        return new Expected(w.waybillNo(), w.branch(), w.routeType(), w.pickedUpAt(), w.deliveredAt(),
                w.lastScanType(), w.lastScanTime(), w.exceptions(), w.promisedAt(), w.fullyDelayedAt(), scans);
    }
}
