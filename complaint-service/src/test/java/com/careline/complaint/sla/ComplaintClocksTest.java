package com.careline.complaint.sla;

import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static com.careline.complaint.ComplaintFixtures.with;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.sla.SlaTicker;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Each clock of a complaint breaches when time is moved past it, and the escalation reaches Kafka. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ComplaintClocksTest {

    @Inject
    TestClock clock;
    @Inject
    SlaTicker ticker;
    @Inject
    EventTap events;

    @Test
    void lateFirstResponseEscalatesToTheSupervisorAndRecordsHowLateItWas() {
        String agent = Tokens.agent("SZ");
        var registered = register(agent, form());
        String id = registered.getString("id");
        String waybill = registered.getString("waybillNo");

        clock.advance(Duration.ofMinutes(61));
        ticker.tick();

        Escalated escalated = escalation(id, ComplaintClocks.FIRST_RESPONSE);
        assertThat(escalated.level(), is(1));
        assertThat(escalated.escalateTo(), is("SUPERVISOR"));
        assertThat(escalated.branch(), is("SZ"));
        given().auth().oauth2(agent).queryParam("overdue", "true").queryParam("waybill", waybill)
                .when().get("/api/complaints").then().body("total", equalTo(1));
        clock.advance(Duration.ofMinutes(9));
        post(agent, "/api/complaints/" + id + "/acknowledge", null, 200);
        given().auth().oauth2(agent).when().get("/api/complaints/" + id).then()
                .body("escalationLevel", greaterThanOrEqualTo(1),
                        "clocks.find { it.kind == 'complaint-first-response' }.state", equalTo("BREACHED"),
                        "clocks.find { it.kind == 'complaint-first-response' }.lateBy", equalTo("PT10M"));
        given().auth().oauth2(agent).queryParam("overdue", "true").queryParam("waybill", waybill)
                .when().get("/api/complaints").then().body("total", equalTo(0));
    }

    @Test
    void majorComplaintNotTakenWithinThirtyMinutesEscalatesToTheHeadClerk() {
        var registered = register(Tokens.agent("SZ"), with("content", "再不处理我就找媒体曝光"));
        String id = registered.getString("id");
        String handoff = "clocks.find { it.kind == 'complaint-major-handoff' }.";

        clock.advance(Duration.ofMinutes(31));
        ticker.tick();

        assertThat(java.time.Instant.parse(registered.getString(handoff + "dueAt")),
                is(java.time.Instant.parse(registered.getString(handoff + "startedAt")).plus(Duration.ofMinutes(30))));
        assertThat(escalation(id, ComplaintClocks.MAJOR_HANDOFF).escalateTo(), is("HEAD_CLERK"));
    }

    @Test
    void majorComplaintTakenInTimeMeetsItsClock() {
        String id = register(Tokens.agent("SZ"), with("content", "我已经请了律师")).getString("id");

        clock.advance(Duration.ofMinutes(29));
        post(Tokens.supervisor("SZ"), "/api/complaints/" + id + "/major-received", null, 403); // 003: the head clerk
        post(Tokens.of("HEAD_CLERK", "HQ"), "/api/complaints/" + id + "/major-received", null, 200);

        given().auth().oauth2(Tokens.agent("SZ")).when().get("/api/complaints/" + id).then()
                .body("clocks.find { it.kind == 'complaint-major-handoff' }.state", equalTo("MET"));
    }

    /**
     * 003 (4): a complaint not handled within 3 working days of receipt gets a progress report, whoever has it;
     * a transfer on the way neither starts the clock nor gives it a fresh 3 days.
     */
    @Test
    void unresolvedThreeWorkingDaysAfterReceiptEscalatesWhateverTheTransfers() {
        java.time.Instant before = clock.instant();
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        String agent = Tokens.agent("SZ");
        try {
            // received on a Thursday at 10:00: Friday, Monday, Tuesday are its three working days
            clock.set(java.time.LocalDateTime.parse("2026-11-26T10:00").atZone(shanghai).toInstant());
            var registered = register(agent, form());
            String id = registered.getString("id");
            java.time.Instant due = java.time.LocalDateTime.parse("2026-12-01T10:00").atZone(shanghai).toInstant();
            assertThat(java.time.Instant.parse(registered.getString(
                    "clocks.find { it.kind == 'complaint-progress-report' }.dueAt")), is(due));
            // transferred on the Monday, and again on the Tuesday morning: still due Tuesday 10:00
            clock.set(java.time.LocalDateTime.parse("2026-11-30T15:00").atZone(shanghai).toInstant());
            post(agent, "/api/complaints/" + id + "/transfer", Map.of("department", "WAREHOUSE"), 200);
            clock.set(java.time.LocalDateTime.parse("2026-12-01T09:00").atZone(shanghai).toInstant());
            var again = post(agent, "/api/complaints/" + id + "/transfer", Map.of("department", "DELIVERY"), 200);
            assertThat(java.time.Instant.parse(again.getString(
                    "clocks.find { it.kind == 'complaint-progress-report' }.dueAt")), is(due));

            clock.set(java.time.LocalDateTime.parse("2026-12-01T10:01").atZone(shanghai).toInstant());
            ticker.tick();
            assertThat(escalation(id, ComplaintClocks.PROGRESS_REPORT).escalateTo(), is("SUPERVISOR"));
            // the report may come from the desk that has it, transferred or not
            String other = register(agent, form()).getString("id");
            var reported = post(agent, "/api/complaints/" + other + "/progress-reports", Map.of("report", "在查"), 200);
            assertThat(reported.getString("clocks.find { it.kind == 'complaint-progress-report' }.state"),
                    is("MET"));
        } finally {
            clock.set(before);
        }
    }

    @Test
    void complaintUnresolvedAfterSevenDaysEscalatesUpTheLadder() {
        String id = register(Tokens.agent("SZ"), form()).getString("id");

        clock.advance(Duration.ofDays(9).plusHours(1));
        ticker.tick();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                escalationsOf(id, ComplaintClocks.RESOLUTION), is(3L)));
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/api/complaints/" + id).then()
                .body("escalationLevel", equalTo(3));
    }

    private Escalated escalation(String id, String kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events.events(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(e -> e.type().equals(ComplaintEvents.ESCALATED))
                .map(e -> EventCodec.data(e, Escalated.class))
                .filter(e -> e.clockKind().equals(kind)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private long escalationsOf(String id, String kind) {
        return events.events(Topics.COMPLAINT_EVENTS, id).stream()
                .filter(e -> e.type().equals(ComplaintEvents.ESCALATED))
                .filter(e -> EventCodec.data(e, Escalated.class).clockKind().equals(kind)).count();
    }
}
