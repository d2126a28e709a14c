package com.careline.claims.assessment;

import static com.careline.claims.ClaimFixtures.DELAY_DOCUMENTS;
import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.hq;
import static com.careline.claims.ClaimFixtures.openWithDocuments;
import static com.careline.claims.ClaimFixtures.post;
import static com.careline.claims.ClaimFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Each assessment rule and each approval limit, with the defaults of application.properties. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class AssessmentResourceTest {

    @Inject
    EventTap events;

    @Test
    void insuredClaimPaysUpToTheInsuredAmountLessTheDeductible() {
        String agent = Tokens.agent(freshBranch());
        String id = insured(agent, 5000, 3000, 4000);

        var assessed = post(hq("AGENT"), "/api/claims/" + id + "/assess", Map.of("note", "保价理赔"), 200);

        assertThat(assessed.getString("status"), is("ASSESSED"));
        assertThat(assessed.getString("assessment.rule"), is("INSURED"));
        assertThat(assessed.getDouble("assessment.payable"), is(2900.0));
        assertThat(assessed.getList("assessment.calculation"), contains(
                "insured: insured amount 3000.00 - deductible 100.00 = 2900.00",
                "payable = min(claimed 4000.00, cap 2900.00, declared value 5000.00) = 2900.00"));
        var event = events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.ASSESSED);
        var data = EventCodec.data(event, ClaimEvents.Assessed.class);
        assertThat(data.payable().doubleValue(), is(2900.0));
        assertThat(data.calculation().size(), is(2));
    }

    @Test
    void insuredClaimBelowTheCapPaysWhatWasClaimed() {
        String agent = Tokens.agent(freshBranch());
        String id = insured(agent, 5000, 5000, 1200);

        var assessed = post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);

        assertThat(assessed.getDouble("assessment.payable"), is(1200.0));
    }

    @Test
    void uninsuredClaimIsCappedAtThreeTimesTheFreight() {
        String agent = Tokens.agent(freshBranch());
        String id = openWithDocuments(agent, with("freight", 25.5, "amountClaimed", 900), DELAY_DOCUMENTS);

        var assessed = post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);

        assertThat(assessed.getString("assessment.rule"), is("UNINSURED"));
        assertThat(assessed.getDouble("assessment.payable"), is(76.5));
        assertThat(assessed.getString("assessment.calculation[0]"), is("uninsured: freight 25.50 x 3 = 76.50"));
    }

    @Test
    void uninsuredClaimWithoutFreightNeedsItAtAssessment() {
        String agent = Tokens.agent(freshBranch());
        var form = with("amountClaimed", 900);
        form.remove("freight");
        String id = openWithDocuments(agent, form, DELAY_DOCUMENTS);

        given().auth().oauth2(hq("AGENT")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/claims/" + id + "/assess")
                .then().statusCode(400).body("errors[0].field", equalTo("freight"));
        given().auth().oauth2(hq("AGENT")).contentType(ContentType.JSON).body(Map.of("freight", -1))
                .when().post("/api/claims/" + id + "/assess")
                .then().statusCode(400).body("errors[0].field", equalTo("freight"));
        var assessed = post(hq("AGENT"), "/api/claims/" + id + "/assess", Map.of("freight", 200), 200);
        assertThat(assessed.getDouble("assessment.payable"), is(600.0));
        assertThat(assessed.getDouble("freight"), is(200.0));
    }

    @Test
    void neverPaysMoreThanTheDeclaredValue() {
        String agent = Tokens.agent(freshBranch());
        // freight cap 3 x 500 = 1500 is above the declared 800
        String id = openWithDocuments(agent, with("declaredValue", 800, "freight", 500, "amountClaimed", 800),
                DELAY_DOCUMENTS);

        var assessed = post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);

        assertThat(assessed.getDouble("assessment.payable"), is(800.0));
    }

    @Test
    void eachRoleApprovesUpToItsLimitAndGets403Above() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String atAgentLimit = assessed(agent, "500");
        String aboveAgent = assessed(agent, "500.01");
        String aboveManager = assessed(agent, "5000.01");
        String aboveDivision = assessed(agent, "50000.01");

        approve(hq("AGENT"), atAgentLimit, 200);
        approve(hq("AGENT"), aboveAgent, 403).body("detail", containsString("payable"));
        approve(hq("CS_MANAGER"), aboveAgent, 200);
        approve(hq("CS_MANAGER"), aboveManager, 403);
        approve(hq("DIVISION_MANAGER"), aboveManager, 200);
        approve(hq("DIVISION_MANAGER"), aboveDivision, 403);
        approve(hq("SUPERVISOR"), aboveDivision, 403);
        given().auth().oauth2(agent).when().get("/api/claims/" + aboveDivision)
                .then().body("status", equalTo("ASSESSED"), "assessment.approvedBy", equalTo(null));
        // above every limit the general manager approves: no claim is left without an approver
        approve(hq("GENERAL_MANAGER"), aboveDivision, 200);

        var approved = EventCodec.data(events.await(Topics.CLAIM_EVENTS, aboveManager, ClaimEvents.APPROVED),
                ClaimEvents.Approved.class);
        assertThat(approved.role(), is("DIVISION_MANAGER"));
        assertThat(EventCodec.data(events.await(Topics.CLAIM_EVENTS, aboveDivision, ClaimEvents.APPROVED),
                ClaimEvents.Approved.class).role(), is("GENERAL_MANAGER"));
    }

    /** Four eyes: whoever assessed never approves; and an approval names the amount it saw. */
    @Test
    void theAssessorNeverApprovesAndAnApprovalNamesTheAmountItSaw() {
        String branch = freshBranch();
        String assessor = hq("AGENT");
        String id = assessed(Tokens.agent(branch), assessor, "300");
        String colleague = hq("AGENT");

        approve(assessor, id, 403).body("detail", containsString("another person"));
        approveAt(colleague, id, new BigDecimal("299"), 409).body("detail", containsString("assessed at 300"));
        given().auth().oauth2(colleague).contentType(ContentType.JSON).when().post("/api/claims/" + id + "/approve")
                .then().statusCode(400);
        approve(colleague, id, 200).body("status", equalTo("APPROVED"));
    }

    /** 000: once the documents are complete headquarters assesses, approves and pays; the branch reads. */
    @Test
    void theBranchNeitherAssessesNorApprovesNorPays() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String id = openWithDocuments(agent, with("amountClaimed", 300), DELAY_DOCUMENTS);

        post(agent, "/api/claims/" + id + "/assess", null, 403);
        post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);
        approve(Tokens.of("CS_MANAGER", branch), id, 403).body("detail", containsString("headquarters"));
        approve(hq("CS_MANAGER"), id, 200);
        post(agent, "/api/claims/" + id + "/agree", null, 200);
        post(agent, "/api/claims/" + id + "/payments", java.util.Map.of("reference", "PAY-" + java.util.UUID.randomUUID()), 403);
    }

    /** An insured claim whose payable is exactly {@code payable} (insured amount = payable + deductible). */
    private static String assessed(String agent, String payable) {
        return assessed(agent, hq("AGENT"), payable);
    }

    private static String assessed(String agent, String assessor, String payable) {
        BigDecimal insuredAmount = new BigDecimal(payable).add(BigDecimal.valueOf(100));
        String id = openWithDocuments(agent, with("declaredValue", insuredAmount, "insured", true,
                "insuredAmount", insuredAmount, "amountClaimed", insuredAmount), "INSURANCE_POLICY",
                DELAY_DOCUMENTS[0], DELAY_DOCUMENTS[1], DELAY_DOCUMENTS[2]);
        var assessed = post(assessor, "/api/claims/" + id + "/assess", null, 200);
        assertThat(assessed.getDouble("assessment.payable"), is(Double.parseDouble(payable)));
        return id;
    }

    private static String insured(String agent, double declared, double insuredAmount, double claimed) {
        return openWithDocuments(agent, with("declaredValue", declared, "insured", true, "insuredAmount",
                insuredAmount, "amountClaimed", claimed), "INSURANCE_POLICY", DELAY_DOCUMENTS[0],
                DELAY_DOCUMENTS[1], DELAY_DOCUMENTS[2]);
    }

    /** Approves at the payable amount the claim shows. */
    private static io.restassured.response.ValidatableResponse approve(String token, String id, int status) {
        String payable = given().auth().oauth2(token).when().get("/api/claims/" + id).then().extract().jsonPath()
                .getString("assessment.payable");
        return approveAt(token, id, new BigDecimal(payable), status);
    }

    private static io.restassured.response.ValidatableResponse approveAt(String token, String id, BigDecimal payable,
            int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(java.util.Map.of("payable", payable))
                .when().post("/api/claims/" + id + "/approve")
                .then().statusCode(status);
    }
}
