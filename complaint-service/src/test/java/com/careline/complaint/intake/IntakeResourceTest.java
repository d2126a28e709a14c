package com.careline.complaint.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
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
    EventTap events;

    @Inject
    com.careline.platform.testing.TestClock clock;


    @Test
    void registeredComplaintIsOwnedByItsReceiverAndPublished() {
        String token = Tokens.as("agent.sz.1", "AGENT", "SZ");

        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(form("PHONE", "DELAY"))
                .when().post("/api/complaints")
                .then().statusCode(201)
                .header("Location", containsString("/api/complaints/"))
                .body("number", matchesPattern("SZ\\d{6}\\d{6}"), "owner", equalTo("agent.sz.1"),
                        "branch", equalTo("SZ"), "status", equalTo("REGISTERED"),
                        "clocks[0].kind", equalTo("complaint-first-response"), "clocks[0].state", equalTo("RUNNING"))
                .extract().path("id");

        EventEnvelope event = events.await(Topics.COMPLAINT_EVENTS, id, "complaint.registered");
        ComplaintEvents.Registered data = EventCodec.data(event, ComplaintEvents.Registered.class);
        assertThat(data.branch(), is("SZ"));
        assertThat(data.category(), is("DELAY"));
        assertThat(data.customerKey(), is("C10001"));
        assertThat(event.correlationId(), is("SF100000001"));
        assertThat(event.source(), is("careline/complaint-service"));
    }

    /** #19: without a customer number, the customer is the keyed hash of the phone, however it was written. */
    @Test
    void aCustomerWithoutANumberIsTheKeyedHashOfTheirPhoneHoweverItIsWritten() throws Exception {
        String token = Tokens.as("agent.sz.1", "AGENT", "SZ");
        List<String> keys = new ArrayList<>();
        for (String phone : List.of("138 0000 0001", "+86 138-0000-0001")) {
            Map<String, Object> form = new HashMap<>(form("PHONE", "DELAY"));
            form.remove("customerNumber");
            form.put("phone", phone);
            String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(form)
                    .when().post("/api/complaints").then().statusCode(201).extract().path("id");
            keys.add(EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, "complaint.registered"),
                    ComplaintEvents.Registered.class).customerKey());
        }
        String unkeyed = "tel:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("13800000001".getBytes(StandardCharsets.UTF_8)), 0, 12);

        assertThat(keys.get(0), matchesPattern("tel:[0-9a-f]{24}"));
        assertThat(keys.get(1), is(keys.get(0)));
        assertThat(keys.get(0), not(unkeyed));
    }

    @Test
    void firstResponseIsDueOneHourAfterRegistration() {
        var view = given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form("EMAIL", "DAMAGE"))
                .when().post("/api/complaints")
                .then().statusCode(201).extract().jsonPath();

        Instant received = Instant.parse(view.getString("receivedAt"));
        Instant due = Instant.parse(view.getString("clocks[0].dueAt"));
        assertThat(Duration.between(received, due), is(Duration.ofHours(1)));
    }

    @Test
    void complaintMentioningTheConsumerAssociationIsMajorAndStartsTheHandOffClock() {
        var view = given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .body(withField("content", "三天没人回复，我要去消协投诉"))
                .when().post("/api/complaints")
                .then().statusCode(201)
                .body("major", equalTo(true), "majorReasons", hasItems("CONSUMER_ASSOCIATION"),
                        "clocks.kind", hasItems("complaint-major-handoff"))
                .extract().jsonPath();

        EventEnvelope event = events.await(Topics.COMPLAINT_EVENTS, view.getString("id"), "complaint.registered");
        assertThat(EventCodec.data(event, ComplaintEvents.Registered.class).majorReasons(),
                is(java.util.List.of("CONSUMER_ASSOCIATION")));
    }

    /** 003 line 51: a complaint involving compensation is major, whatever the amount. */
    @Test
    void anyCompensationRequestAndTickedReasonsMakeItMajor() {
        var form = withField("claimedCompensation", 50);
        form.put("declaredMajorReasons", java.util.List.of("SAFETY"));

        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form)
                .when().post("/api/complaints")
                .then().statusCode(201).body("majorReasons", contains("COMPENSATION", "SAFETY"));
    }

    @Test
    void ordinaryDelayIsNotMajor() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form("PHONE", "DELAY"))
                .when().post("/api/complaints")
                .then().statusCode(201).body("major", equalTo(false), "clocks.kind", containsInAnyOrder(
                        "complaint-first-response", "complaint-resolution", "complaint-progress-report"));
    }

    @Test
    void oversizedContentMalformedPhoneAndNegativeAmountsAreRejected() {
        var form = withField("content", "慢".repeat(10_001));
        form.put("phone", "call me maybe");
        form.put("claimedCompensation", -1);
        form.put("estimatedLoss", 1e15);

        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form)
                .when().post("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("content", "phone", "claimedCompensation", "estimatedLoss"));
    }

    @Test
    void unknownMajorReasonIsRejected() {
        var form = withField("declaredMajorReasons", java.util.List.of("ALIENS"));

        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form)
                .when().post("/api/complaints")
                .then().statusCode(400).body("errors[0].field", equalTo("declaredMajorReasons[0]"));
    }

    @Test
    void incompleteFormNamesEachMissingField() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "DELAY", "phone", "abc"))
                .when().post("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("customerName", "content", "phone"));
    }

    @Test
    void unknownChannelIsRejectedWithTheAllowedValues() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form("PIGEON", "DELAY"))
                .when().post("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"),
                        "errors[0].reason", equalTo("must be one of PHONE, LETTER, VISIT, EMAIL, WEB, LIS"));
    }

    @Test
    void complaintOfAnotherBranchIsNotFound() {
        String id = given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body(form("WEB", "LOSS"))
                .when().post("/api/complaints")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.agent("BJ")).when().get("/api/complaints/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("CS_MANAGER", "HQ")).when().get("/api/complaints/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void opsRoleCannotRegister() {
        given().auth().oauth2(Tokens.of("OPS", "HQ")).contentType(ContentType.JSON).body(form("PHONE", "DELAY"))
                .when().post("/api/complaints")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** 001 (处理有效期): a complaint is raised within a year of the waybill's pickup, when the pickup is known. */
    @Test
    void aWaybillPickedUpMoreThanAYearAgoIsRefusedNamingThePickupDate() {
        var today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
        String agent = Tokens.agent("SZ");

        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(withField("pickedUpOn", today.minusYears(1).minusDays(1).toString()))
                .when().post("/api/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("pickedUpOn"), "errors.reason[0]", containsString("处理有效期"));
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(withField("pickedUpOn", today.plusDays(1).toString()))
                .when().post("/api/complaints").then().statusCode(400).body("errors.field", contains("pickedUpOn"));
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(withField("pickedUpOn", today.minusYears(1).toString()))
                .when().post("/api/complaints").then().statusCode(201);
    }

    private static Map<String, Object> withField(String field, Object value) {
        var form = new java.util.HashMap<>(form("PHONE", "DELAY"));
        form.put(field, value);
        return form;
    }

    private static Map<String, Object> form(String channel, String category) {
        return Map.of("channel", channel, "category", category, "customerName", "王先生", "customerNumber", "C10001",
                "phone", "13800000001", "contact", "深圳市南山区科技园", "waybillNo", "SF100000001",
                "content", "快件已经延误三天，还没有送到");
    }
}
