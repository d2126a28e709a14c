package com.careline.claims.compensation;

import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.freshWaybill;
import static com.careline.claims.ClaimFixtures.hq;
import static com.careline.claims.ClaimFixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.events.complaint.ComplaintEvents.CompensationDecided;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** 003/001: a complaint's agreed or signed-off compensation is paid here, through a claim ready to pay. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CompensationDecisionConsumerTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;

    @Test
    void anAgreedCompensationOpensOneClaimReadyToPayWithThePaymentClockFromTheDecision() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        UUID complaint = UUID.randomUUID();
        Instant agreedAt = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);
        EventEnvelope agreed = decided(ComplaintEvents.COMPENSATION_AGREED, complaint, branch, waybill, "300.00",
                agreedAt, null);

        events.send(Topics.COMPLAINT_EVENTS, agreed);
        events.send(Topics.COMPLAINT_EVENTS, agreed);
        // the same decision in another envelope (republished): the claim's unique source holds
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_AGREED, complaint, branch, waybill,
                "300.00", agreedAt, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(waybill).then().body("total", equalTo(1)));
        String id = claims(waybill).then().extract().path("items[0].id");
        JsonPath claim = claim(branch, id);
        assertThat(claim.getString("origin"), is("COMPLAINT_COMPENSATION"));
        assertThat(claim.getString("status"), is("AGREED"));
        assertThat(claim.getString("stage"), is("HEADQUARTERS"));
        assertThat(claim.getString("type"), is("DAMAGE"));
        assertThat(claim.getString("claimant"), is("王先生"));
        assertThat(claim.getString("correlationId"), is(complaint.toString()));
        assertThat(new BigDecimal(claim.getString("assessment.payable")), comparesEqualTo(new BigDecimal("300.00")));
        assertThat(claim.getString("assessment.approvedRole"), is("COMPLAINT_THRESHOLD"));
        assertThat(claim.getString("compensation.complaintNumber"), is("SZ202612000042"));
        assertThat(claim.getString("compensation.decision"), is("AGREED"));
        assertThat(claim.getBoolean("documents.complete"), is(true));
        assertThat(claim.getList("documents.required"), empty());
        assertThat(claim.getString("clocks.find { it.kind == 'claim-reply' }"), nullValue());
        assertThat(claim.getString("clocks.find { it.kind == 'claim-payment' }.state"), is("RUNNING"));
        // claim-payment is P7D on calendar days (application.properties), from the decision
        assertThat(Instant.parse(claim.getString("clocks.find { it.kind == 'claim-payment' }.dueAt")),
                is(agreedAt.plus(Duration.ofDays(7))));
        var opened = EventCodec.data(events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.OPENED),
                ClaimEvents.Opened.class);
        assertThat(opened.origin(), is(ClaimEvents.Opened.COMPLAINT_COMPENSATION));
        assertThat(opened.amountClaimed(), comparesEqualTo(new BigDecimal("300.00")));
    }

    /** The customer turned the first offer down: the signed-off second one replaces its unpaid claim. */
    @Test
    void aLaterDecisionSupersedesTheUnpaidClaimOfAnEarlierOne() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        UUID complaint = UUID.randomUUID();
        Instant agreedAt = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);
        Instant approvedAt = agreedAt.plus(Duration.ofHours(1));

        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_AGREED, complaint, branch, waybill,
                "300.00", agreedAt, null));
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_APPROVED, complaint, branch, waybill,
                "1500.00", approvedAt, "dm.grants"));
        // the first decision replayed after the second (a re-driven record): it is no longer the latest
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_AGREED, complaint, branch, waybill,
                "300.00", agreedAt, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(waybill).then().body("total", equalTo(2)));
        String firstId = claims(waybill).then().extract().path("items.find { it.payable == 300.0 }.id");
        String secondId = claims(waybill).then().extract().path("items.find { it.payable == 1500.0 }.id");
        var superseded = EventCodec.data(events.await(Topics.CLAIM_EVENTS, firstId, ClaimEvents.SUPERSEDED),
                ClaimEvents.Superseded.class);
        JsonPath first = claim(branch, firstId);
        JsonPath second = claim(branch, secondId);
        assertThat(superseded.decidedAt(), is(approvedAt));
        assertThat(first.getString("status"), is("SUPERSEDED"));
        assertThat(first.getString("ending.reason"), containsString("SZ202612000042"));
        assertThat(first.getString("clocks.find { it.kind == 'claim-payment' }.state"), is("MET"));
        assertThat(second.getString("status"), is("AGREED"));
        assertThat(second.getString("assessment.approvedRole"), is("DIVISION_MANAGER"));
        assertThat(second.getString("compensation.authorisedBy"), is("dm.grants"));
        post(hq("AGENT"), "/api/claims/" + firstId + "/payments", Map.of("reference", "PAY-" + waybill), 409);
    }

    /** What an earlier claim of the complaint paid is taken off the next; a decision paid in full opens none. */
    @Test
    void aLaterDecisionPaysOnlyWhatIsLeft() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        UUID complaint = UUID.randomUUID();
        Instant first = clock.instant().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MICROS);
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_APPROVED, complaint, branch, waybill,
                "1500.00", first, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(waybill).then().body("total", equalTo(1)));
        String paidId = claims(waybill).then().extract().path("items[0].id");
        post(hq("AGENT"), "/api/claims/" + paidId + "/payments", Map.of("reference", "PAY-" + waybill), 200);

        // lower than what was paid: nothing opens; then a higher one, on the same partition behind it
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_APPROVED, complaint, branch, waybill,
                "1200.00", first.plus(Duration.ofHours(1)), null));
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_APPROVED, complaint, branch, waybill,
                "2000.00", first.plus(Duration.ofHours(2)), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(waybill).then().body("total", equalTo(2)));
        String restId = claims(waybill).then().extract().path("items.find { it.id != '" + paidId + "' }.id");
        JsonPath rest = claim(branch, restId);
        assertThat(new BigDecimal(rest.getString("assessment.payable")), comparesEqualTo(new BigDecimal("500.00")));
        assertThat(rest.getString("description"), containsString("2000.00 agreed, 1500.00 paid before"));
        assertThat(claim(branch, paidId).getString("status"), is("PAID"));
    }

    private static JsonPath claim(String branch, String id) {
        return given().auth().oauth2(Tokens.agent(branch)).when().get("/api/claims/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aRejectedCompensationOpensNoClaim() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        UUID complaint = UUID.randomUUID();
        Instant rejectedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);

        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_REJECTED, complaint, branch, waybill,
                "8000.00", rejectedAt, null));
        // the new offer that followed, on the same partition: its claim is the only one
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_AGREED, complaint, branch, waybill,
                "600.00", rejectedAt.plusSeconds(60), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(waybill).then().body("total", equalTo(1)));
        claims(waybill).then().body("items[0].payable", equalTo(600.0f));
    }

    @Test
    void aCompensationClaimIsPaidButNeverAssessedAgain() {
        String branch = freshBranch();
        String waybill = freshWaybill();
        UUID complaint = UUID.randomUUID();
        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_APPROVED, complaint, branch, waybill,
                "1500.00", clock.instant().truncatedTo(ChronoUnit.MICROS), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> claims(waybill).then().body("total", equalTo(1)));
        String id = claims(waybill).then().extract().path("items[0].id");
        String headquarters = hq("AGENT");

        var refused = post(headquarters, "/api/claims/" + id + "/assess", Map.of("freight", 20), 409);
        var paid = post(headquarters, "/api/claims/" + id + "/payments", Map.of("reference", "PAY-" + waybill), 200);

        assertThat(refused.getString("detail"), containsString("authorised on complaint SZ202612000042"));
        assertThat(paid.getString("status"), is("PAID"));
        assertThat(paid.getString("assessment.approvedRole"), is("DIVISION_MANAGER"));
        assertThat(new BigDecimal(paid.getString("settlement.paidAmount")), comparesEqualTo(new BigDecimal("1500.00")));
        assertThat(paid.getString("clocks.find { it.kind == 'claim-payment' }.state"), is("MET"));
        var payment = EventCodec.data(events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.PAID), ClaimEvents.Paid.class);
        assertThat(payment.amount(), comparesEqualTo(new BigDecimal("1500.00")));
    }

    @Test
    void aDecisionToPayWithoutAnAmountIsParkedOnTheDeadLetterTopic() {
        UUID complaint = UUID.randomUUID();

        events.send(Topics.COMPLAINT_EVENTS, decided(ComplaintEvents.COMPENSATION_APPROVED, complaint, freshBranch(),
                freshWaybill(), null, clock.instant(), null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                events.records(Topics.deadLetter(Topics.COMPLAINT_EVENTS)).stream()
                        .anyMatch(r -> complaint.toString().equals(r.key())), is(true)));
    }

    private static Response claims(String waybill) {
        return given().auth().oauth2(hq("AGENT")).queryParam("waybill", waybill).when().get("/api/claims");
    }

    private static EventEnvelope decided(String type, UUID complaint, String branch, String waybill, String amount,
            Instant at, String authorisedBy) {
        String decision = switch (type) {
            case ComplaintEvents.COMPENSATION_AGREED -> CompensationDecided.AGREED;
            case ComplaintEvents.COMPENSATION_APPROVED -> CompensationDecided.APPROVED;
            default -> CompensationDecided.REJECTED;
        };
        var data = new CompensationDecided(complaint, "SZ202612000042", branch,
                amount == null ? null : new BigDecimal(amount), !decision.equals(CompensationDecided.REJECTED),
                "按申报价值赔偿", "csm.delegate", at, authorisedBy, decision, "DAMAGE", waybill, "王先生",
                "13800000001");
        return EventCodec.envelope(type, "complaint-service", complaint.toString(), waybill, at, data);
    }
}
