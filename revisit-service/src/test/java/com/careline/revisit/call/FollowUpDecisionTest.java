package com.careline.revisit.call;

import static com.careline.revisit.RevisitFixtures.at;
import static com.careline.revisit.RevisitFixtures.awaitRevisits;
import static com.careline.revisit.RevisitFixtures.freshBranch;
import static com.careline.revisit.RevisitFixtures.resolution;
import static com.careline.revisit.RevisitFixtures.resolved;
import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.revisit.RevisitDecisionRequired;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.events.revisit.RevisitUnreachable;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * 003 (5): a complaint closes only after a satisfied call, so after the last failed call its follow-up waits
 * for a supervisor's decision, on a one-working-day clock: try again later, or close it as unreachable.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class FollowUpDecisionTest {

    private static final Map<String, Object> NOT_REACHED = Map.of("outcome", "NOT_REACHED", "note", "无人接听");

    @Inject
    EventTap events;
    @Inject
    TestClock clock;

    @Test
    void afterTheLastFailedCallASupervisorTriesAgainThenClosesItAsUnreachable() {
        Instant real = clock.instant();
        try {
            String branch = freshBranch();
            String agent = Tokens.agent(branch);
            String supervisor = Tokens.as("sup.decides", "SUPERVISOR", branch);
            var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
            events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
            String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();

            // three calls on Thursday, Friday and Monday (one a day): the last one leaves it to the supervisor
            for (String day : List.of("2026-12-03T10:00", "2026-12-04T10:00")) {
                clock.set(at(day));
                call(agent, id, NOT_REACHED).statusCode(200).body("status", is("SCHEDULED"));
            }
            clock.set(at("2026-12-04T15:00"));
            call(agent, id, NOT_REACHED).statusCode(409).body("detail", containsString("called today already"));
            clock.set(at("2026-12-07T10:00"));
            call(agent, id, NOT_REACHED).statusCode(200).body("status", is("AWAITING_DECISION"), "attempts", is(3),
                    "clocks.find { it.kind == 'revisit-decision' }.state", is("RUNNING"),
                    // one working day: Monday 10:00 to Tuesday 10:00
                    "clocks.find { it.kind == 'revisit-decision' }.dueAt", is(at("2026-12-08T10:00").toString()),
                    "clocks.find { it.kind == 'revisit-complaint-window' }.state", not(is("RUNNING")));
            var required = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.DECISION_REQUIRED),
                    RevisitDecisionRequired.class);
            assertThat(required.attempts(), is(3));
            assertThat(required.dueAt(), is(at("2026-12-08T10:00")));
            assertThat(required.caseId(), is(complaint.complaintId().toString()));
            clock.set(at("2026-12-08T09:00"));
            call(agent, id, NOT_REACHED).statusCode(409).body("detail", containsString("supervisor's decision"));
            given().auth().oauth2(supervisor).queryParam("status", "AWAITING_DECISION").when().get("/api/revisits")
                    .then().statusCode(200).body("items.id", hasItem(id));

            // agents do not decide; a retry day must be a working day, and not in the past
            decide(agent, id, Map.of("decision", "RETRY", "reason", "再试")).statusCode(403);
            decide(supervisor, id, Map.of("decision", "RETRY", "retryOn", "2026-12-12", "reason", "再试"))
                    .statusCode(400).body("errors.field", hasItem("retryOn"),
                            "errors.reason", hasItem(containsString("2026-12-14")));
            decide(supervisor, id, Map.of("decision", "RETRY", "retryOn", "2026-12-07", "reason", "再试"))
                    .statusCode(400).body("errors.field", hasItem("retryOn"));
            decide(supervisor, id, Map.of("decision", "RETRY")).statusCode(400)
                    .body("errors.field", hasItem(containsString("reason")));

            decide(supervisor, id, Map.of("decision", "RETRY", "retryOn", "2026-12-10", "reason", "客户出差，周四再联系"))
                    .statusCode(200).body("status", is("SCHEDULED"), "dueOn", is("2026-12-10"),
                            "decisionReason", is("客户出差，周四再联系"),
                            // the new round runs three working days from Thursday's opening: to Monday's closing
                            "deadline", is(at("2026-12-14T17:30").toString()),
                            "clocks.find { it.kind == 'revisit-decision' }.state", is("MET"),
                            "clocks.find { it.kind == 'revisit-retry' }.state", is("RUNNING"));
            decide(supervisor, id, Map.of("decision", "RETRY", "reason", "again")).statusCode(409);
            var rescheduled = await().atMost(Duration.ofSeconds(30)).until(() -> events.events(
                    Topics.REVISIT_EVENTS, id).stream().filter(e -> e.type().equals(RevisitEvents.SCHEDULED))
                    .toList(), list -> list.size() == 2);
            assertThat(EventCodec.data(rescheduled.get(1), RevisitScheduled.class).dueOn().toString(),
                    is("2026-12-10"));

            // another round of three calls, then the supervisor closes it as unreachable
            for (String day : List.of("2026-12-10T10:00", "2026-12-11T10:00", "2026-12-14T10:00")) {
                clock.set(at(day));
                call(agent, id, NOT_REACHED).statusCode(200);
            }
            given().auth().oauth2(agent).when().get("/api/revisits/" + id).then()
                    .body("status", is("AWAITING_DECISION"), "attempts", is(6));
            decide(supervisor, id, Map.of("decision", "CLOSE_UNREACHABLE", "retryOn", "2026-12-15", "reason", "x"))
                    .statusCode(400).body("errors.field", hasItem("retryOn"));
            decide(supervisor, id, Map.of("decision", "CLOSE_UNREACHABLE", "reason", "号码已停机"))
                    .statusCode(200).body("status", is("UNREACHABLE"), "closedBy", is("sup.decides"),
                            "decisionReason", is("号码已停机"), "survey", nullValue(),
                            "clocks.findAll { it.state == 'RUNNING' }.size()", is(0));
            var given = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.UNREACHABLE),
                    RevisitUnreachable.class);
            assertThat(given.reason(), is("号码已停机"));
            assertThat(given.decidedBy(), is("sup.decides"));
            assertThat(given.attempts(), is(6));
            await().atMost(Duration.ofSeconds(30)).until(() -> events.events(Topics.REVISIT_EVENTS, id).stream()
                    .map(EventEnvelope::type).filter(RevisitEvents.DECISION_REQUIRED::equals).count() == 2);
        } finally {
            clock.set(real);
        }
    }

    private static ValidatableResponse call(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(JSON).body(body)
                .when().post("/api/revisits/" + id + "/attempts").then();
    }

    private static ValidatableResponse decide(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(JSON).body(body)
                .when().post("/api/revisits/" + id + "/decision").then();
    }
}
