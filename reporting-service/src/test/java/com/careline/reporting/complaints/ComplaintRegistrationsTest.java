package com.careline.reporting.complaints;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

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
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ComplaintRegistrationsTest {

    /** A day no other test uses, so counts start at zero whatever ran before. */
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Inject
    EventTap events;

    @Test
    void registrationIsCountedOnceEvenWhenDeliveredTwice() {
        String branch = freshBranch();
        EventEnvelope registered = registered(branch);

        events.send(Topics.COMPLAINT_EVENTS, registered);
        events.send(Topics.COMPLAINT_EVENTS, registered);
        events.send(Topics.COMPLAINT_EVENTS, registered(branch));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.supervisor(branch))
                .queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(200).body("registered", equalTo(2), "byBranch[0].branch", equalTo(branch)));
    }

    @Test
    void supervisorSeesOnlyTheirBranch() {
        String mine = freshBranch();
        String theirs = freshBranch();
        events.send(Topics.COMPLAINT_EVENTS, registered(mine));
        events.send(Topics.COMPLAINT_EVENTS, registered(theirs));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.of("CS_MANAGER", "HQ"))
                .queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(200).body("byBranch.find { it.branch == '" + theirs + "' }.registered", equalTo(1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.supervisor(mine))
                .queryParam("from", DAY.toString()).queryParam("to", DAY.toString())
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(200).body("registered", equalTo(1), "byBranch.size()", equalTo(1),
                        "byBranch[0].branch", equalTo(mine)));
    }

    @Test
    void periodEndingBeforeItStartsIsA400() {
        given().auth().oauth2(Tokens.supervisor("SZ"))
                .queryParam("from", "2026-10-31").queryParam("to", "2026-10-01")
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
    }

    @Test
    void malformedDateNamesTheParameter() {
        given().auth().oauth2(Tokens.supervisor("SZ")).queryParam("from", "2026-13-01")
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"));
    }

    @Test
    void agentsCannotReadReports() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static String freshBranch() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static EventEnvelope registered(String branch) {
        UUID id = UUID.randomUUID();
        Instant received = DAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return EventCodec.envelope(ComplaintEvents.REGISTERED, "careline/complaint-service", id.toString(),
                id.toString(), received,
                new ComplaintEvents.Registered(id, branch + "202503000001", branch, "PHONE", "DELAY", false, List.of(),
                        null, "C1", "agent", received, null, null));
    }
}
