package com.careline.inquiry.tracking;

import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.InquiryFixtures.scan;
import static com.careline.inquiry.InquiryFixtures.waybill;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryClocks;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClockState;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class TrackingTest {

    @Inject
    EventTap events;

    @Inject
    TestClock clock;

    @Inject
    DelayDetector detector;

    @Inject
    SlaClocks clocks;

    @Test
    void projectionComesOutTheSameUnderShuffledAndDuplicatedEvents() {
        String branch = fresh("B");
        Instant pickup = Instant.parse("2026-03-02T01:00:00Z");
        String inOrder = waybill();
        String shuffled = waybill();
        List<EventEnvelope> scans = route(inOrder, branch, pickup);
        List<EventEnvelope> mixed = new ArrayList<>(route(shuffled, branch, pickup));
        mixed.add(mixed.get(2)); // the same event delivered twice
        mixed.add(scan(shuffled, branch, ScanType.IN_TRANSIT, pickup.plus(Duration.ofHours(5)), null, null)); // re-sent
        Collections.shuffle(mixed, new Random(7));

        scans.forEach(e -> events.send(Topics.SHIPMENT_EVENTS, e));
        mixed.forEach(e -> events.send(Topics.SHIPMENT_EVENTS, e));

        String agent = Tokens.agent("SZ");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath a = tracking(agent, inOrder);
            JsonPath b = tracking(agent, shuffled);
            assertThat(b.getList("events"), hasSize(6));
            assertThat(b.getList("events"), is(a.getList("events")));
            for (String field : List.of("branch", "routeType", "stage", "delivered", "delay", "pickedUpAt",
                    "deliveredAt", "promisedAt", "fullyDelayedAt", "exceptions")) {
                assertThat(field, b.getString(field), is(a.getString(field)));
            }
        });
        JsonPath a = tracking(agent, inOrder);
        assertThat(a.getList("events.scanType"), contains("PICKED_UP", "PROCESSED", "IN_TRANSIT", "IN_TRANSIT",
                "OUT_FOR_DELIVERY", "SIGNED"));
        assertThat(a.getString("stage"), is("SIGNED"));
        assertThat(a.getString("routeType"), is("OTHER_CITY"));
        assertThat(Instant.parse(a.getString("promisedAt")), is(pickup.plus(Duration.ofDays(3))));
        assertThat(Instant.parse(a.getString("fullyDelayedAt")), is(pickup.plus(Duration.ofDays(7))));
        assertThat(a.getString("delay"), is("ON_TIME"));
    }

    @Test
    void detectsDelayAndFullDelayOnceEachAfterTheClockMoves() {
        String branch = fresh("B");
        String no = waybill();
        Instant pickup = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        events.send(Topics.SHIPMENT_EVENTS, scan(no, branch, ScanType.PICKED_UP, pickup, RouteType.SAME_CITY, null));
        String agent = Tokens.agent(branch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tracking(agent, no));
        detector.detect();

        clock.advance(Duration.ofHours(25));
        detector.detect();
        detector.detect();
        EventEnvelope delayed = events.await(Topics.INQUIRY_EVENTS, no, InquiryEvents.SHIPMENT_DELAYED);
        clock.advance(Duration.ofDays(2));
        detector.detect();
        events.await(Topics.INQUIRY_EVENTS, no, InquiryEvents.SHIPMENT_FULLY_DELAYED);
        detector.detect();

        var data = EventCodec.data(delayed, InquiryEvents.ShipmentDelayed.class);
        assertThat(delayed.correlationId(), is(no));
        assertThat(data.branch(), is(branch));
        assertThat(data.promisedAt(), is(pickup.plus(Duration.ofDays(1))));
        assertThat(data.workOrderId(), notNullValue());
        assertThat(events.events(Topics.INQUIRY_EVENTS, no).stream().map(EventEnvelope::type).toList(),
                contains(InquiryEvents.SHIPMENT_DELAYED, InquiryEvents.SHIPMENT_FULLY_DELAYED));
        assertThat(tracking(agent, no).getString("delay"), is("FULLY_DELAYED"));
        given().auth().oauth2(agent).queryParam("waybill", no).when().get("/api/inquiries")
                .then().statusCode(200).body("total", is(2), "items.proactive", contains(true, true),
                        "items.status", contains("DISPATCHED", "DISPATCHED"), "items.branch", hasItem(branch),
                        // a list line is a summary: no clock lookups per row (the inquiry shows them)
                        "items[0].clocks", nullValue());
    }

    /** 133710, other city: delayed past 3 days from pickup, fully delayed past 7, calendar time. */
    @Test
    void anOtherCityWaybillIsDelayedAfterThreeDaysAndFullyDelayedAfterSeven() {
        String branch = fresh("B");
        String no = waybill();
        Instant pickup = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        events.send(Topics.SHIPMENT_EVENTS, scan(no, branch, ScanType.PICKED_UP, pickup, RouteType.OTHER_CITY, null));
        String agent = Tokens.agent(branch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> tracking(agent, no));

        clock.set(pickup.plus(Duration.ofDays(3)).minusSeconds(60));
        detector.detect();
        assertThat(tracking(agent, no).getString("delay"), is("ON_TIME"));
        clock.set(pickup.plus(Duration.ofDays(3)).plusSeconds(60));
        detector.detect();
        var delayed = EventCodec.data(events.await(Topics.INQUIRY_EVENTS, no, InquiryEvents.SHIPMENT_DELAYED),
                InquiryEvents.ShipmentDelayed.class);
        assertThat(delayed.promisedAt(), is(pickup.plus(Duration.ofDays(3))));
        assertThat(delayed.fullyDelayedAt(), is(pickup.plus(Duration.ofDays(7))));
        clock.set(pickup.plus(Duration.ofDays(7)).minusSeconds(60));
        detector.detect();
        assertThat(tracking(agent, no).getString("delay"), is("DELAYED"));
        clock.set(pickup.plus(Duration.ofDays(7)).plusSeconds(60));
        detector.detect();

        events.await(Topics.INQUIRY_EVENTS, no, InquiryEvents.SHIPMENT_FULLY_DELAYED);
        assertThat(tracking(agent, no).getString("delay"), is("FULLY_DELAYED"));
        assertThat(events.events(Topics.INQUIRY_EVENTS, no).stream().map(EventEnvelope::type).toList(),
                contains(InquiryEvents.SHIPMENT_DELAYED, InquiryEvents.SHIPMENT_FULLY_DELAYED));
    }

    @Test
    void exceptionScanOpensAProactiveWorkOrderForTheBranchOnce() {
        String branch = fresh("B");
        String no = waybill();
        Instant at = clock.instant();
        EventEnvelope damaged = scan(no, branch, ScanType.EXCEPTION, at, null, ExceptionKind.DAMAGED);

        events.send(Topics.SHIPMENT_EVENTS, damaged);
        events.send(Topics.SHIPMENT_EVENTS, damaged);
        events.send(Topics.SHIPMENT_EVENTS, scan(no, branch, ScanType.PROCESSED, at.plusSeconds(60), null, null));

        String agent = Tokens.agent(branch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                tracking(agent, no).getList("events"), hasSize(2)));
        var orders = given().auth().oauth2(agent).queryParam("waybill", no).when().get("/api/inquiries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(orders.getInt("total"), is(1));
        assertThat(orders.getString("items[0].topic"), is("WAYBILL_EXCEPTION"));
        assertThat(orders.getString("items[0].channel"), is("SYSTEM"));
        assertThat(orders.getString("items[0].correlationId"), is(no));
        String id = orders.getString("items[0].id");
        EventEnvelope dispatched = events.await(Topics.INQUIRY_EVENTS, id, InquiryEvents.DISPATCHED);
        assertThat(dispatched.correlationId(), is(no));
        // registered, then dispatched, on its timeline and its topic; its reply clock runs
        assertThat(events.records(Topics.INQUIRY_EVENTS).stream().filter(r -> id.equals(r.key()))
                .map(r -> r.envelope().type()).toList(), contains(InquiryEvents.REGISTERED, InquiryEvents.DISPATCHED));
        given().auth().oauth2(agent).when().get("/api/inquiries/" + id + "/timeline")
                .then().statusCode(200).body("action", contains("registered", "dispatched"));
        List<SlaClock> replyClocks = QuarkusTransaction.requiringNew().call(() -> clocks.forCase(id));
        assertThat(replyClocks.stream().map(c -> c.kind() + " " + c.state()).toList(),
                contains(InquiryClocks.REPLY + " " + SlaClockState.RUNNING));
        assertThat(replyClocks.get(0).dueAt().isAfter(at), is(true));
    }

    /** Scans skip the inbox (ShipmentConsumer.idempotent): a scan stored before is what makes a repeat a no-op. */
    @Test
    void anExceptionScanRedeliveredAfterItWasStoredOpensNoSecondWorkOrder() {
        String branch = fresh("B");
        String no = waybill();
        Instant at = clock.instant();
        EventEnvelope damaged = scan(no, branch, ScanType.EXCEPTION, at, null, ExceptionKind.LOST);
        String agent = Tokens.agent(branch);
        events.send(Topics.SHIPMENT_EVENTS, damaged);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                tracking(agent, no).getList("events"), hasSize(1)));

        events.send(Topics.SHIPMENT_EVENTS, damaged);
        events.send(Topics.SHIPMENT_EVENTS, scan(no, branch, ScanType.PROCESSED, at.plusSeconds(60), null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                tracking(agent, no).getList("events"), hasSize(2)));

        given().auth().oauth2(agent).queryParam("waybill", no).when().get("/api/inquiries")
                .then().statusCode(200).body("total", is(1));
        assertThat(tracking(agent, no).getInt("exceptions"), is(1));
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicAndTheStreamKeepsFlowing() {
        String branch = fresh("B");
        String garbled = waybill();
        String teleported = waybill();
        String kindless = waybill();
        String fine = waybill();
        String garbage = "not an event " + garbled;
        EventEnvelope unknownType = EventCodec.envelope("shipment.teleported", "branch/" + branch, teleported,
                teleported, clock.instant(), Map.of("waybillNo", teleported));
        EventEnvelope noKind = scan(kindless, branch, ScanType.EXCEPTION, clock.instant(), null, null);
        EventEnvelope afterNoKind = scan(kindless, branch, ScanType.PROCESSED, clock.instant().plusSeconds(60), null,
                null);

        events.send(Topics.SHIPMENT_EVENTS, garbled, garbage);
        events.send(Topics.SHIPMENT_EVENTS, unknownType);
        events.send(Topics.SHIPMENT_EVENTS, noKind);
        events.send(Topics.SHIPMENT_EVENTS, afterNoKind);
        events.send(Topics.SHIPMENT_EVENTS, scan(fine, branch, ScanType.PICKED_UP, clock.instant(),
                RouteType.SAME_CITY, null));

        String agent = Tokens.agent(branch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                tracking(agent, fine).getList("events.scanType"), contains("PICKED_UP")));
        // the scan after the parked one of its waybill is applied, not held behind it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                tracking(agent, kindless).getList("events.scanType"), contains("PROCESSED")));
        List<String> poisoned = List.of(garbled, teleported, kindless);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                events.records(Topics.deadLetter(Topics.SHIPMENT_EVENTS)).stream()
                        .filter(r -> poisoned.contains(r.key())).toList(), hasSize(3)));
        var dlq = events.records(Topics.deadLetter(Topics.SHIPMENT_EVENTS)).stream()
                .filter(r -> poisoned.contains(r.key())).toList();
        var parked = dlq.stream().filter(r -> "false".equals(r.headers().get("careline-held"))).toList();
        assertThat(parked, hasSize(3));
        assertThat(parked.stream().map(r -> r.value()).toList(), hasItem(garbage));
        var reasons = parked.stream().map(r -> String.valueOf(r.headers().get("dead-letter-reason"))).toList();
        assertThat(reasons, hasItem(org.hamcrest.Matchers.containsString("not an event envelope")));
        assertThat(reasons, hasItem(org.hamcrest.Matchers.containsString("shipment.teleported")));
        assertThat(reasons, hasItem(org.hamcrest.Matchers.containsString("exceptionKind")));
        // nothing is held: of the kindless waybill only the invalid scan is on the DLQ
        assertThat(dlq.stream().filter(r -> "true".equals(r.headers().get("careline-held"))).toList(), hasSize(0));
        assertThat(dlq.stream().filter(r -> kindless.equals(r.key())).map(r -> r.envelope().id()).toList(),
                contains(noKind.id()));
    }

    @Test
    void unknownWaybillAnswersNotFound() {
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/api/waybills/" + waybill() + "/tracking")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static List<EventEnvelope> route(String no, String branch, Instant pickup) {
        return List.of(
                scan(no, branch, ScanType.PICKED_UP, pickup, RouteType.OTHER_CITY, null),
                scan(no, branch, ScanType.PROCESSED, pickup.plus(Duration.ofHours(2)), null, null),
                scan(no, branch, ScanType.IN_TRANSIT, pickup.plus(Duration.ofHours(5)), null, null),
                scan(no, "TJ", ScanType.IN_TRANSIT, pickup.plus(Duration.ofHours(30)), null, null),
                scan(no, "TJ", ScanType.OUT_FOR_DELIVERY, pickup.plus(Duration.ofHours(48)), null, null),
                scan(no, "TJ", ScanType.SIGNED, pickup.plus(Duration.ofHours(50)), null, null));
    }

    private static JsonPath tracking(String token, String no) {
        return given().auth().oauth2(token).when().get("/api/waybills/" + no + "/tracking")
                .then().statusCode(200).extract().jsonPath();
    }
}
