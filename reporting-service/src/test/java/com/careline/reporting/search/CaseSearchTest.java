package com.careline.reporting.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Party;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.customer.CustomerEvents;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Feed;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The desk's search, fed by events on the real broker, read over HTTP as the desk reads it. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CaseSearchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EventTap events;

    @Inject
    PhoneKeys keys;

    @Test
    void aComplaintAClaimAndAnInquiryOfOnePhoneAreFoundByADifferentlySpacedPhoneInTheirBranchOnly() {
        String branch = Feed.freshBranch();
        String mobile = mobile();
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        UUID complaint = complaint(branch, null, "王先生", spaced(mobile), "SF" + mobile, at);
        UUID claim = claim(branch, "王先生", "+86 " + mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-"
                + mobile.substring(7), "SF" + mobile, at.plusSeconds(60));
        UUID inquiry = inquiry(branch, "王先生", mobile, "SF" + mobile, at.plusSeconds(120));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.agent(branch))
                .queryParam("phone", "0086 " + spaced(mobile)).when().get("/api/search/cases").then().statusCode(200)
                .body("total", equalTo(3), "items.id", contains(inquiry.toString(), claim.toString(),
                        complaint.toString()), "items.kind", contains("INQUIRY", "CLAIM", "COMPLAINT"),
                        "items[2].link.service", equalTo("complaint-service"),
                        "items[2].link.path", equalTo("/api/complaints/" + complaint),
                        "items[0].phoneTail", equalTo(mobile.substring(7))));
        given().auth().oauth2(Tokens.agent(branch)).queryParam("waybill", "SF" + mobile).when()
                .get("/api/search/cases").then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(Tokens.agent(Feed.freshBranch())).queryParam("phone", mobile).when()
                .get("/api/search/cases").then().statusCode(200).body("total", equalTo(0), "items", empty());
        given().auth().oauth2(Tokens.agent("HQ")).queryParam("phone", mobile).when()
                .get("/api/search/cases").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void aCustomersHistoryHoldsTheCasesOfTheirNumberTheirPhonesAndTheirMergedDuplicate() {
        String branch = Feed.freshBranch();
        String phone = mobile();
        String duplicatePhone = mobile();
        String number = "C" + phone;
        String duplicate = "C" + duplicatePhone;
        Instant at = Instant.parse("2026-04-01T02:00:00Z");
        UUID customerId = UUID.randomUUID();
        customer(customerId, number, branch, phone, at);
        UUID duplicateId = UUID.randomUUID();
        customer(duplicateId, duplicate, branch, duplicatePhone, at);
        UUID complaint = complaint(branch, number, "李四", null, null, at);
        UUID inquiry = inquiry(branch, "李四", spaced(phone), null, at.plusSeconds(60));
        UUID claim = claim(branch, "李四", duplicatePhone, "SF" + duplicatePhone, at.plusSeconds(120));
        UUID revisit = UUID.randomUUID();
        send(Topics.REVISIT_EVENTS, revisit, RevisitEvents.SCHEDULED, new RevisitScheduled(revisit, "COMPLAINT",
                complaint.toString(), "SZ1", branch, null, at.plusSeconds(86400), false, null, at.plusSeconds(180),
                keys.party(null, "李四", phone)));
        send(Topics.REVISIT_EVENTS, revisit, RevisitEvents.COMPLETED, new RevisitCompleted(revisit, "COMPLAINT",
                complaint.toString(), true, 5, 5, 4, 4, 4, null, at.plusSeconds(240), null));
        send(Topics.INQUIRY_EVENTS, customerId, CustomerEvents.MERGED, new CustomerEvents.Merged(customerId, number,
                duplicateId, duplicate, branch, "supervisor", at.plusSeconds(300)));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.agent(branch))
                .when().get("/api/search/customers/" + number).then().statusCode(200)
                .body("customer.number", equalTo(number), "customer.name", equalTo("李四"),
                        "cases.total", equalTo(4), "cases.items.id", contains(revisit.toString(), claim.toString(),
                                inquiry.toString(), complaint.toString()),
                        "cases.items[0].status", equalTo("COMPLETED"), "cases.items[0].open", equalTo(false),
                        "cases.items[0].about.id", equalTo(complaint.toString()),
                        "satisfaction.surveys", equalTo(1), "satisfaction.satisfied", equalTo(1),
                        "satisfaction.meanScore", equalTo(4.4f)));
        // the duplicate's number leads to the customer it was merged into
        given().auth().oauth2(Tokens.agent(branch)).queryParam("customer", duplicate).when()
                .get("/api/search/cases").then().statusCode(200).body("total", equalTo(4));
        // by the phone of the duplicate: the survivor's cases, the claim among them
        given().auth().oauth2(Tokens.agent(branch)).queryParam("phone", duplicatePhone).when()
                .get("/api/search/cases").then().statusCode(200).body("total", equalTo(4));
        given().auth().oauth2(Tokens.agent(branch)).queryParam("phoneTail", phone.substring(7))
                .queryParam("name", "李四").when().get("/api/search/cases").then().statusCode(200)
                .body("items.id", containsInAnyOrder(revisit.toString(), inquiry.toString()));
        given().auth().oauth2(Tokens.agent(branch)).when().get("/api/search/customers/C-nobody").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMergeThatComesBeforeTheDuplicatesRecordStillBringsTheDuplicatesCases() {
        String branch = Feed.freshBranch();
        String phone = mobile();
        String duplicatePhone = mobile();
        String number = "C" + phone;
        String duplicate = "C" + duplicatePhone;
        Instant at = Instant.parse("2026-04-02T02:00:00Z");
        UUID customerId = UUID.randomUUID();
        UUID duplicateId = UUID.randomUUID();
        customer(customerId, number, branch, phone, at);
        send(Topics.INQUIRY_EVENTS, customerId, CustomerEvents.MERGED, new CustomerEvents.Merged(customerId, number,
                duplicateId, duplicate, branch, "supervisor", at.plusSeconds(60)));
        // applied before the duplicate's own record exists: its number already leads to the survivor
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.agent(branch))
                .when().get("/api/search/customers/" + duplicate).then().statusCode(200)
                .body("customer.number", equalTo(number)));

        customer(duplicateId, duplicate, branch, duplicatePhone, at.minusSeconds(60));
        UUID claim = claim(branch, "李四", duplicatePhone, "SF" + duplicatePhone, at.plusSeconds(120));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.agent(branch))
                .when().get("/api/search/customers/" + number).then().statusCode(200)
                .body("cases.items.id", contains(claim.toString())));
    }

    @Test
    void anOverdueClockShowsItsRungWhileTheCaseIsOpenAndGoesWhenItCloses() {
        String branch = Feed.freshBranch();
        String mobile = mobile();
        Instant at = Instant.parse("2026-05-06T02:00:00Z");
        UUID complaint = complaint(branch, null, "赵六", mobile, null, at);
        send(Topics.COMPLAINT_EVENTS, complaint, ComplaintEvents.ESCALATED, new Escalated(UUID.randomUUID(),
                complaint.toString(), branch, "complaint-first-response", 1, "SUPERVISOR", at.plusSeconds(3600),
                at.plusSeconds(3600)));
        send(Topics.COMPLAINT_EVENTS, complaint, ComplaintEvents.ESCALATED, new Escalated(UUID.randomUUID(),
                complaint.toString(), branch, "complaint-first-response", 2, "CS_MANAGER", at.plusSeconds(3600),
                at.plusSeconds(7200)));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.agent(branch))
                .queryParam("phone", mobile).when().get("/api/search/cases").then().statusCode(200)
                .body("items[0].open", equalTo(true), "items[0].status", equalTo("REGISTERED"),
                        "items[0].overdue.level", contains(2), "items[0].overdue.escalateTo", contains("CS_MANAGER")));

        send(Topics.COMPLAINT_EVENTS, complaint, ComplaintEvents.CLOSED, new ComplaintEvents.Closed(complaint, "n",
                branch, null, at.plusSeconds(86400), false, null));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.agent(branch))
                .queryParam("phone", mobile).when().get("/api/search/cases").then().statusCode(200)
                .body("items[0].open", equalTo(false), "items[0].status", equalTo("CLOSED"),
                        "items[0].overdue", empty()));
    }

    @Test
    void aSearchWithoutOneCriterionIsAProblemNamingTheField() {
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/api/search/cases").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("waybill"));
        given().auth().oauth2(Tokens.agent("SZ")).queryParam("phone", "not a phone").when().get("/api/search/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        given().auth().oauth2(Tokens.agent("SZ")).queryParam("phoneTail", "0001").when().get("/api/search/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        // a bad page is named whatever the criteria
        given().auth().oauth2(Tokens.agent("SZ")).queryParam("page", "-1").when().get("/api/search/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.of("OPS", "HQ")).queryParam("phone", "13800000001").when()
                .get("/api/search/cases").then().statusCode(403);
    }

    private UUID complaint(String branch, String customer, String name, String phone, String waybill, Instant at) {
        UUID id = UUID.randomUUID();
        send(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.REGISTERED, new ComplaintEvents.Registered(id,
                branch + "202603000001", branch, "PHONE", "DELAY", false, List.of(), waybill, customer, "agent", at,
                List.of(), keys.party(customer, name, phone)));
        return id;
    }

    private UUID claim(String branch, String claimant, String phone, String waybill, Instant at) {
        UUID id = UUID.randomUUID();
        send(Topics.CLAIM_EVENTS, id, ClaimEvents.OPENED, new ClaimEvents.Opened(id, branch + "CL202603000001",
                branch, waybill, "DAMAGE", claimant, new BigDecimal("500"), false, null, new BigDecimal("100"), "CNY",
                null, "agent", at, keys.party(null, claimant, phone)));
        return id;
    }

    private UUID inquiry(String branch, String name, String phone, String waybill, Instant at) {
        UUID id = UUID.randomUUID();
        send(Topics.INQUIRY_EVENTS, id, InquiryEvents.REGISTERED, new InquiryEvents.Registered(id,
                branch + "Q202603000001", branch, "PHONE", "WAYBILL", "华南", waybill, "agent", false, at,
                keys.party(null, name, phone)));
        return id;
    }

    private void customer(UUID id, String number, String branch, String phone, Instant at) {
        Party p = keys.party(number, "李四", phone);
        send(Topics.INQUIRY_EVENTS, id, CustomerEvents.REGISTERED, new CustomerEvents.Customer(id, number, "李四",
                branch, List.of(p.phoneKey()), List.of(p.phoneTail()), false, "agent", at));
    }

    private void send(String topic, UUID subject, String type, Object data) {
        events.send(topic, EventCodec.envelope(type, "test", subject.toString(), subject.toString(), Instant.now(),
                data));
    }

    /** A mobile number no other test uses. */
    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String spaced(String mobile) {
        return mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
    }
}
