package com.careline.claims.claim;

import static com.careline.claims.ClaimFixtures.DELAY_DOCUMENTS;
import static com.careline.claims.ClaimFixtures.approve;
import static com.careline.claims.ClaimFixtures.approver;
import static com.careline.claims.ClaimFixtures.form;
import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.hq;
import static com.careline.claims.ClaimFixtures.open;
import static com.careline.claims.ClaimFixtures.openWithDocuments;
import static com.careline.claims.ClaimFixtures.post;
import static com.careline.claims.ClaimFixtures.upload;
import static com.careline.claims.ClaimFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.RetentionOps;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The whole path: opened at a branch, documented, moved to headquarters, assessed, approved, paid, recovered. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ClaimLifecycleTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;

    @Test
    void claimGoesFromOpeningToPaymentAndRecovery() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String id = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        String manager = hq("CS_MANAGER");
        String headquarters = hq("AGENT");

        post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);
        approve(manager, id, 200);
        post(agent, "/api/claims/" + id + "/agree", Map.of("note", "客户接受"), 200);
        String reference = "PAY-" + UUID.randomUUID();
        var paid = post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", reference), 200);
        post(headquarters, "/api/claims/" + id + "/recovery", Map.of("counterparty", "CARRIER",
                "counterpartyName", "顺达干线物流", "amount", 60, "reference", "REC-" + id), 200);
        var settled = post(headquarters, "/api/claims/" + id + "/recovery/settlement",
                Map.of("amountRecovered", 45.5), 200);

        assertThat(paid.getString("status"), is("PAID"));
        // uninsured: freight 20 x 3 = 60 caps the 1000 claimed
        assertThat(paid.getDouble("settlement.paidAmount"), is(60.0));
        assertThat(paid.getString("settlement.paymentReference"), is(reference));
        assertThat(settled.getString("recovery.status"), is("SETTLED"));
        assertThat(settled.getDouble("recovery.amountRecovered"), is(45.5));
        assertThat(settled.getString("clocks.find { it.kind == 'claim-payment' }.state"), is("MET"));
        assertThat(settled.getString("clocks.find { it.kind == 'claim-reply' }.state"), is("MET"));
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.RECOVERY_SETTLED);
        assertThat(events.events(Topics.CLAIM_EVENTS, id).stream().map(EventEnvelope::type).toList(), hasItems(
                ClaimEvents.OPENED, ClaimEvents.DOCUMENT_RECEIVED, ClaimEvents.DOCUMENTS_COMPLETE,
                ClaimEvents.MOVED_TO_HEADQUARTERS, ClaimEvents.ASSESSED, ClaimEvents.REPLIED, ClaimEvents.APPROVED,
                ClaimEvents.AGREED, ClaimEvents.PAID, ClaimEvents.RECOVERY_FILED, ClaimEvents.RECOVERY_SETTLED));
        given().auth().oauth2(agent).when().get("/api/claims/" + id + "/timeline")
                .then().body("action", hasItems("opened", "moved-to-headquarters", "assessed", "approved", "agreed",
                        "paid", "recovery-filed", "recovery-settled"));
    }

    @Test
    void aRepeatedPaymentReferenceIsNotASecondPayment() {
        String agent = Tokens.agent(freshBranch());
        String id = agreedClaim(agent);
        String reference = "PAY-" + UUID.randomUUID();
        post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", reference), 200);

        var repeat = post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", reference), 200);

        assertThat(repeat.getString("settlement.paymentReference"), is(reference));
        post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", "PAY-" + UUID.randomUUID()), 409);
        String other = agreedClaim(agent);
        post(hq("AGENT"), "/api/claims/" + other + "/payments", Map.of("reference", reference), 409);
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.PAID);
        Awaitility.await().untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/claims/" + id + "/timeline").then().body("findAll { it.action == 'paid' }", hasSize(1)));
        assertThat(events.events(Topics.CLAIM_EVENTS, id).stream().filter(e -> e.type().equals(ClaimEvents.PAID))
                .count(), is(1L));
        given().auth().oauth2(agent).when().get("/api/claims/" + other).then().body("status", equalTo("AGREED"));
    }

    /** A retried upload, a repeated statement or assessment: recorded and published once. */
    @Test
    void aRepeatedFormOrFileChangesNothingAndPublishesNothingAgain() {
        String agent = Tokens.agent(freshBranch());
        String id = open(agent, form()).getString("id");
        String base = "/api/claims/" + id;
        var particulars = Map.of("claimant", "李女士", "declaredValue", 600, "insured", false, "freight", 15,
                "amountClaimed", 300);
        post(agent, base + "/particulars", particulars, 200);
        post(agent, base + "/particulars", particulars, 200);
        String first = upload(agent, id, "INCIDENT_NOTICE").getString("id");
        String again = upload(agent, id, "INCIDENT_NOTICE").getString("id");
        upload(agent, id, "BILL_OF_LADING");
        upload(agent, id, "TRANSPORT_CONTRACT");
        post(hq("AGENT"), base + "/assess", null, 200);
        var reassessed = post(hq("AGENT"), base + "/assess", null, 200);
        approve(approver(), id, 200);
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.APPROVED);

        assertThat(again, is(first));
        assertThat(reassessed.getString("status"), is("ASSESSED"));
        given().auth().oauth2(agent).when().get(base + "/documents").then().body("", hasSize(3));
        // a claim's events keep their order: with APPROVED out, every earlier one is out too
        var types = events.events(Topics.CLAIM_EVENTS, id).stream().map(EventEnvelope::type).toList();
        assertThat(types.stream().filter(ClaimEvents.PARTICULARS_STATED::equals).count(), is(1L));
        assertThat(types.stream().filter(ClaimEvents.DOCUMENT_RECEIVED::equals).count(), is(3L));
        assertThat(types.stream().filter(ClaimEvents.ASSESSED::equals).count(), is(1L));
        assertThat(types.stream().filter(ClaimEvents.REPLIED::equals).count(), is(1L));
    }

    /** A claim can end without payment: rejected by headquarters under an exclusion clause, or withdrawn. */
    @Test
    void aClaimIsRejectedUnderAnExclusionClauseOrWithdrawnAndEndsThere() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String rejected = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        String withdrawn = open(agent, form()).getString("id");
        Map<String, Object> clause = Map.of("clause", "违禁品不予赔偿", "reason", "内件为锂电池，属禁寄物品");

        post(Tokens.of("CS_MANAGER", branch), "/api/claims/" + rejected + "/reject", clause, 403);
        post(hq("AGENT"), "/api/claims/" + rejected + "/reject", clause, 403);
        post(hq("CS_MANAGER"), "/api/claims/" + rejected + "/reject", Map.of("clause", "x"), 400);
        var view = post(hq("CS_MANAGER"), "/api/claims/" + rejected + "/reject", clause, 200);
        post(hq("AGENT"), "/api/claims/" + rejected + "/assess", null, 409);
        post(agent, "/api/claims/" + rejected + "/withdraw", Map.of("reason", "x"), 409);
        var gone = post(agent, "/api/claims/" + withdrawn + "/withdraw", Map.of("reason", "客户已与收件人协商解决"), 200);

        assertThat(view.getString("status"), is("REJECTED"));
        assertThat(view.getString("ending.clause"), is("违禁品不予赔偿"));
        assertThat(view.getString("clocks.find { it.kind == 'claim-reply' }.state"), is("MET"));
        assertThat(gone.getString("status"), is("WITHDRAWN"));
        assertThat(gone.getString("ending.reason"), is("客户已与收件人协商解决"));
        var event = EventCodec.data(events.await(Topics.CLAIM_EVENTS, rejected, ClaimEvents.REJECTED),
                ClaimEvents.Rejected.class);
        assertThat(event.clause(), is("违禁品不予赔偿"));
        events.await(Topics.CLAIM_EVENTS, rejected, ClaimEvents.REPLIED);
        events.await(Topics.CLAIM_EVENTS, withdrawn, ClaimEvents.WITHDRAWN);
    }

    @Test
    void aDisputedOfferIsAssessedAgainAndStepsOutOfOrderAreConflicts() {
        String agent = Tokens.agent(freshBranch());
        String id = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        approve(approver(), id, 409);
        post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);
        post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", "PAY-" + UUID.randomUUID()), 409);
        approve(approver(), id, 200);

        post(agent, "/api/claims/" + id + "/dispute", Map.of("note", "运费三倍太少"), 200);
        var reassessed = post(hq("AGENT"), "/api/claims/" + id + "/assess", Map.of("freight", 100), 200);

        assertThat(reassessed.getString("status"), is("ASSESSED"));
        assertThat(reassessed.getDouble("assessment.payable"), is(300.0));
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.DISPUTED);
    }

    @Test
    void aClaimMissingDocumentsCannotBeAssessedNorRecoveredAndOnlyHeadquartersRecovers() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String missing = openWithDocuments(agent, form(), "INCIDENT_NOTICE");
        String complete = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        var recovery = Map.of("counterparty", "INSURER", "counterpartyName", "保险公司", "amount", 100,
                "reference", "R-1");

        post(hq("AGENT"), "/api/claims/" + missing + "/assess", null, 409);
        post(hq("AGENT"), "/api/claims/" + missing + "/recovery", recovery, 409);
        post(agent, "/api/claims/" + complete + "/recovery", recovery, 403);
        post(hq("AGENT"), "/api/claims/" + complete + "/recovery", with("counterparty", "NEIGHBOUR"), 400);
        post(hq("AGENT"), "/api/claims/" + complete + "/recovery", recovery, 200);
        post(hq("AGENT"), "/api/claims/" + complete + "/recovery/settlement", Map.of("amountRecovered", 101), 400);
        given().auth().oauth2(agent).when().get("/api/claims/" + complete)
                .then().body("recovery.status", equalTo("FILED"), "recovery.amountRecovered", equalTo(null));
    }

    @Test
    void theClaimantCanBeRepliedToBeforeAnyOffer() {
        String agent = Tokens.agent(freshBranch());
        String id = openWithDocuments(agent, form());

        var replied = post(agent, "/api/claims/" + id + "/reply", Map.of("note", "已受理，请提供单证"), 200);

        assertThat(replied.getString("clocks.find { it.kind == 'claim-reply' }.state"), is("MET"));
        assertThat(replied.getList("clocks.kind"), contains("claim-reply"));
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.REPLIED);
    }

    /** 001: a year after a claim is settled, the claimant's data and the documents' contents go, unless held. */
    @Test
    void aYearAfterSettlementTheClaimantsDataAndDocumentsAreErasedUnlessHeld() {
        String agent = Tokens.agent(freshBranch());
        String erased = paidClaim(agent);
        String held = paidClaim(agent);
        String open = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        String document = given().auth().oauth2(agent).when().get("/api/claims/" + erased + "/documents")
                .then().extract().path("[0].id");
        RetentionOps.hold(held);

        RetentionOps.runAfter(clock, Duration.ofDays(366));

        given().auth().oauth2(agent).when().get("/api/claims/" + erased).then().statusCode(200)
                .body("claimant", equalTo(null), "phone", equalTo(null), "description", equalTo(null),
                        "status", equalTo("PAID"), "settlement.paidAmount", equalTo(60.0f));
        given().auth().oauth2(agent).when().get("/api/claims/" + erased + "/documents/" + document + "/content")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(agent).when().get("/api/claims/" + erased + "/documents")
                .then().body("fileName", everyItem(equalTo("(erased)")), "", hasSize(3));
        given().auth().oauth2(agent).when().get("/api/claims/" + held).then().body("claimant", equalTo("深圳市某某电子有限公司"));
        given().auth().oauth2(agent).when().get("/api/claims/" + open).then().body("claimant", equalTo("深圳市某某电子有限公司"));
    }

    private static String paidClaim(String agent) {
        String id = agreedClaim(agent);
        post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", "PAY-" + UUID.randomUUID()), 200);
        return id;
    }

    private static String agreedClaim(String agent) {
        String id = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);
        approve(approver(), id, 200);
        post(agent, "/api/claims/" + id + "/agree", null, 200);
        return id;
    }
}
