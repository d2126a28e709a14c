package com.careline.revisit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import io.restassured.path.json.JsonPath;

/** Fresh data for each test: branches, complaint events as complaint-service publishes them. */
public final class RevisitFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private RevisitFixtures() {
    }

    /** A branch code no other test uses, so lists and scoping see only this test's data. */
    public static String freshBranch() {
        return "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Local time in Shanghai as an instant. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    public static ComplaintEvents.Resolved resolution(UUID complaintId, String branch, Instant receivedAt,
            Instant resolvedAt) {
        return new ComplaintEvents.Resolved(complaintId, branch + "2026" + SEQ.incrementAndGet(), branch, "DELAY",
                false, "已补发并致歉", "王先生", "13800000001", "agent.test", receivedAt, resolvedAt, "agent.test");
    }

    /** {@code complaint.resolved} as complaint-service publishes it (subject = complaint id). */
    public static EventEnvelope resolved(ComplaintEvents.Resolved data) {
        return EventCodec.envelope(ComplaintEvents.RESOLVED, "careline/complaint-service",
                data.complaintId().toString(), "SF" + data.complaintId().toString().substring(0, 8), data.resolvedAt(),
                data);
    }

    public static EventEnvelope reopened(ComplaintEvents.Resolved of, Instant at) {
        return EventCodec.envelope(ComplaintEvents.REOPENED, "careline/complaint-service",
                of.complaintId().toString(), "SF" + of.complaintId().toString().substring(0, 8), at,
                new ComplaintEvents.Reopened(of.complaintId(), of.number(), of.branch(), "客户再次来电", null,
                        "agent.test", at, null));
    }

    /** Waits until {@code count} revisits of the case exist and returns them, earliest due first. */
    public static List<Map<String, Object>> awaitRevisits(String token, String caseId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .queryParam("caseId", caseId).queryParam("sort", "dueOn")
                .when().get("/api/revisits").then().statusCode(200).body("items", hasSize(count)));
        return given().auth().oauth2(token).queryParam("caseId", caseId).queryParam("sort", "dueOn")
                .when().get("/api/revisits").then().extract().jsonPath().getList("items");
    }

    public static JsonPath revisit(String token, Object id) {
        return given().auth().oauth2(token).when().get("/api/revisits/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    public static Map<String, Object> satisfiedSurvey(boolean satisfied) {
        return Map.ofEntries(Map.entry("outcome", "REACHED"), Map.entry("reliability", 5),
                Map.entry("assurance", 4), Map.entry("tangibles", 4), Map.entry("empathy", 5),
                Map.entry("responsiveness", 3), Map.entry("satisfied", satisfied), Map.entry("comments", "处理及时"),
                Map.entry("suggestions", "周末也派送"), Map.entry("newServiceNeeds", "冷链"),
                Map.entry("businessLeads", "下月有一批大件"));
    }
}
