package com.careline.claims.shipment;

import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.freshWaybill;
import static com.careline.claims.ClaimFixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.claims.ClaimFixtures;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ShipmentScanConsumerTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;

    @Test
    void aDamagedScanOpensOneClaimAtTheScanningBranchHoweverOftenItIsReported() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        EventEnvelope damaged = scan(waybill, branch, ScanType.EXCEPTION, ExceptionKind.DAMAGED);

        events.send(Topics.SHIPMENT_EVENTS, damaged);
        events.send(Topics.SHIPMENT_EVENTS, damaged);
        events.send(Topics.SHIPMENT_EVENTS, scan(waybill, branch, ScanType.EXCEPTION, ExceptionKind.DAMAGED));
        events.send(Topics.SHIPMENT_EVENTS, scan(waybill, branch, ScanType.EXCEPTION, ExceptionKind.DELAYED));
        events.send(Topics.SHIPMENT_EVENTS, scan(waybill, branch, ScanType.DELIVERED, null));
        // same waybill, same partition, after the others: once its claim is there, the others were consumed
        events.send(Topics.SHIPMENT_EVENTS, scan(waybill, branch, ScanType.EXCEPTION, ExceptionKind.LOST));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(branch, waybill)
                .then().body("total", equalTo(2)));
        JsonPath list = claims(branch, waybill).then().extract().jsonPath();
        assertThat(list.getList("items.type"), containsInAnyOrder("DAMAGE", "LOSS"));
        String id = list.getString("items.find { it.type == 'DAMAGE' }.id");
        var claim = given().auth().oauth2(Tokens.agent(branch)).when().get("/api/claims/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(claim.getString("exceptionKind"), is("DAMAGED"));
        assertThat(claim.getString("stage"), is("BRANCH"));
        assertThat(claim.getString("openedBy"), is("system"));
        assertThat(claim.getString("correlationId"), is(waybill));
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.OPENED);
    }

    @Test
    void theClaimantsParticularsAreStatedAfterwards() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        events.send(Topics.SHIPMENT_EVENTS, scan(waybill, branch, ScanType.EXCEPTION, ExceptionKind.SHORT));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(branch, waybill)
                .then().body("total", equalTo(1)));
        String id = claims(branch, waybill).then().extract().path("items[0].id");
        String agent = Tokens.agent(branch);
        Map<String, Object> particulars = new HashMap<>(Map.of("claimant", "李女士", "declaredValue", 600,
                "insured", false, "freight", 15, "amountClaimed", 700));

        post(agent, "/api/claims/" + id + "/particulars", particulars, 400);
        particulars.put("amountClaimed", 300);
        var stated = post(agent, "/api/claims/" + id + "/particulars", particulars, 200);

        assertThat(stated.getString("type"), is("SHORTAGE"));
        assertThat(stated.getDouble("amountClaimed"), is(300.0));
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.PARTICULARS_STATED);
    }

    /** 001 处理有效期: the branches' pickup scan dates the waybill; the earliest scan counts, whatever the form says. */
    @Test
    void aWaybillScannedAsPickedUpOverAYearAgoCannotBeClaimedAtTheDesk() {
        String branch = freshBranch();
        String old = freshWaybill();
        String recent = freshWaybill();
        Instant now = clock.instant();
        events.send(Topics.SHIPMENT_EVENTS, scan(old, branch, ScanType.PICKED_UP, null, now.minus(Duration.ofDays(400))));
        events.send(Topics.SHIPMENT_EVENTS, scan(old, branch, ScanType.PICKED_UP, null, now.minus(Duration.ofDays(5))));
        events.send(Topics.SHIPMENT_EVENTS, scan(recent, branch, ScanType.PICKED_UP, null, now.minus(Duration.ofDays(5))));
        // each waybill's partition, after its pickups: once these claims are there, the pickups were recorded
        events.send(Topics.SHIPMENT_EVENTS, scan(old, branch, ScanType.EXCEPTION, ExceptionKind.LOST, now));
        events.send(Topics.SHIPMENT_EVENTS, scan(recent, branch, ScanType.EXCEPTION, ExceptionKind.LOST, now));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            claims(branch, old).then().body("total", equalTo(1));
            claims(branch, recent).then().body("total", equalTo(1));
        });
        String agent = Tokens.agent(branch);

        var refused = post(agent, "/api/claims", deskClaim(old, null), 400);
        var refusedWithADate = post(agent, "/api/claims", deskClaim(old, LocalDate.now().minusDays(3)), 400);
        post(agent, "/api/claims", deskClaim(recent, null), 201);

        assertThat(refused.getString("errors[0].field"), is("waybillNo"));
        assertThat(refused.getString("errors[0].reason"), containsString("(its pickup scan), more than P1Y ago"));
        assertThat(refusedWithADate.getString("errors[0].field"), is("waybillNo"));
    }

    @Test
    void anUnreadableMessageIsParkedOnTheDeadLetterTopic() {
        String key = freshWaybill();

        events.send(Topics.SHIPMENT_EVENTS, key, "{\"not\": \"an envelope\"");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                events.records(Topics.deadLetter(Topics.SHIPMENT_EVENTS)).stream()
                        .anyMatch(r -> key.equals(r.key())), is(true)));
    }

    private static io.restassured.response.Response claims(String branch, String waybill) {
        return given().auth().oauth2(Tokens.agent(branch)).queryParam("waybill", waybill)
                .when().get("/api/claims");
    }

    private static EventEnvelope scan(String waybill, String branch, ScanType type, ExceptionKind kind) {
        return scan(waybill, branch, type, kind, Instant.now());
    }

    private static EventEnvelope scan(String waybill, String branch, ScanType type, ExceptionKind kind,
            Instant at) {
        return EventCodec.envelope(ShipmentEvents.SCANNED, "lis-test", waybill, waybill, at,
                new ShipmentEvents.Scanned(waybill, branch, type, at,
                        type == ScanType.PICKED_UP ? ShipmentEvents.RouteType.SAME_CITY : null, "深圳转运中心", kind,
                        kind == null ? null : "外箱破损"));
    }

    private static Map<String, Object> deskClaim(String waybill, LocalDate pickedUpOn) {
        Map<String, Object> form = ClaimFixtures.form();
        form.put("waybillNo", waybill);
        if (pickedUpOn != null) {
            form.put("pickedUpOn", pickedUpOn.toString());
        }
        return form;
    }
}
