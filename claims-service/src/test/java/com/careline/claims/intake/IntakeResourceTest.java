package com.careline.claims.intake;

import static com.careline.claims.ClaimFixtures.form;
import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.open;
import static com.careline.claims.ClaimFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

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

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class IntakeResourceTest {

    @Inject
    com.careline.platform.testing.TestClock clock;

    @Inject
    EventTap events;

    @Test
    void opensClaimOwnedByTheReceivingBranchWithItsChecklistAndReplyClock() {
        String branch = freshBranch();

        var claim = open(Tokens.agent(branch), with("type", "DAMAGE", "insured", true, "insuredAmount", 3000,
                "correlationId", "complaint-42"));

        assertThat(claim.getString("number"), startsWith(branch + "CL"));
        assertThat(claim.getString("stage"), is("BRANCH"));
        assertThat(claim.getString("owner"), is(branch));
        assertThat(claim.getString("status"), is("OPEN"));
        assertThat(claim.getString("currency"), is("CNY"));
        assertThat(claim.getString("correlationId"), is("complaint-42"));
        assertThat(claim.getList("documents.missing"), containsInAnyOrder("INSURANCE_POLICY", "INCIDENT_NOTICE",
                "SITE_PHOTOS", "BILL_OF_LADING", "INVOICE", "DAMAGE_CERTIFICATE", "DAMAGE_INSPECTION_REPORT"));
        assertThat(claim.getList("clocks.kind"), contains("claim-reply"));
        var opened = events.await(Topics.CLAIM_EVENTS, claim.getString("id"), ClaimEvents.OPENED);
        assertThat(opened.correlationId(), is("complaint-42"));
        assertThat(opened.data().get("insuredAmount").decimalValue().intValue(), is(3000));
    }

    @Test
    void rejectsBadAmountsNamingTheFieldAndWritesNothing() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);

        rejects(agent, with("declaredValue", -5), "declaredValue");
        rejects(agent, with("amountClaimed", "a lot"), "amountClaimed");
        rejects(agent, with("amountClaimed", 0), "amountClaimed");
        rejects(agent, with("amountClaimed", 10.555), "amountClaimed");
        rejects(agent, with("amountClaimed", 5000.01), "amountClaimed");
        rejects(agent, with("currency", "USD"), "currency");
        rejects(agent, with("insured", true), "insuredAmount");
        rejects(agent, with("insured", true, "insuredAmount", 6000), "insuredAmount");
        rejects(agent, with("insured", false, "insuredAmount", 100), "insuredAmount");
        rejects(agent, with("type", "THEFT"), "type");
        rejects(agent, with("type", "SERVICE"), "type"); // a complaint's compensation only (003)

        given().auth().oauth2(agent).when().get("/api/claims")
                .then().statusCode(200).body("total", equalTo(0));
    }

    /** 001 (处理有效期): a claim is raised within a year of the waybill's pickup, when the pickup is known. */
    @Test
    void aWaybillPickedUpMoreThanAYearAgoIsRefusedNamingThePickupDate() {
        var today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
        String branch = freshBranch();
        String agent = Tokens.agent(branch);

        rejects(agent, with("pickedUpOn", today.minusYears(1).minusDays(1).toString()), "pickedUpOn");
        rejects(agent, with("pickedUpOn", "2026-02-30"), "pickedUpOn");
        given().auth().oauth2(agent).when().get("/api/claims").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(with("pickedUpOn", today.minusMonths(2).toString()))
                .when().post("/api/claims").then().statusCode(201);
    }

    @Test
    void anotherBranchSeesNeitherTheClaimNorItInTheList() {
        String branch = freshBranch();
        Map<String, Object> form = form();
        String id = open(Tokens.agent(branch), form).getString("id");

        given().auth().oauth2(Tokens.agent(freshBranch())).when().get("/api/claims/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agent(freshBranch())).queryParam("waybill", form.get("waybillNo"))
                .when().get("/api/claims").then().body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("CS_MANAGER", "HQ")).queryParam("waybill", form.get("waybillNo"))
                .when().get("/api/claims").then().body("total", equalTo(1), "items[0].branch", equalTo(branch));
    }

    @Test
    void listFiltersByStatusStageAndTypeAndPages() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        open(agent, with("type", "LOSS"));
        open(agent, with("type", "LOSS"));
        open(agent, with("type", "DELAY"));

        given().auth().oauth2(agent).queryParam("type", "LOSS").queryParam("stage", "BRANCH")
                .queryParam("status", "OPEN").queryParam("size", 1).queryParam("sort", "number,asc")
                .when().get("/api/claims")
                .then().statusCode(200).body("total", equalTo(2), "items.size()", equalTo(1),
                        "items[0].type", equalTo("LOSS"));
        given().auth().oauth2(agent).queryParam("stage", "NOWHERE").when().get("/api/claims")
                .then().statusCode(400).body("errors.field", hasItem("stage"));
    }

    private static void rejects(String token, Map<String, Object> form, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(form)
                .when().post("/api/claims")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
