package com.careline.revisit.call;

import static com.careline.revisit.RevisitFixtures.at;
import static com.careline.revisit.RevisitFixtures.awaitRevisits;
import static com.careline.revisit.RevisitFixtures.freshBranch;
import static com.careline.revisit.RevisitFixtures.resolution;
import static com.careline.revisit.RevisitFixtures.resolved;
import static com.careline.revisit.RevisitFixtures.satisfiedSurvey;
import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.revisit.RevisitAttempted;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.RetentionOps;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CallResourceTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;
    @Inject
    BusinessCalendar days;

    @Test
    void satisfiedCustomerClosesTheLoopWithRevisitCompleted() {
        String branch = freshBranch();
        String agent = Tokens.as("agent.caller", "AGENT", branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();

        call(agent, id, satisfiedSurvey(true)).statusCode(200)
                .body("status", is("COMPLETED"), "attempts", is(1), "survey.satisfied", is(true),
                        "survey.reliability", is(5), "survey.businessLeads", is("下月有一批大件"),
                        "closedBy", is("agent.caller"), "clocks[0].state", is("MET"));

        EventEnvelope completed = events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.COMPLETED);
        var data = EventCodec.data(completed, RevisitCompleted.class);
        assertThat(data.revisitId().toString(), is(id));
        assertThat(data.caseType(), is(RevisitCompleted.COMPLAINT));
        assertThat(data.caseId(), is(complaint.complaintId().toString()));
        assertThat(data.satisfied(), is(true));
        assertThat(data.reliability(), is(5));
        assertThat(data.assurance(), is(4));
        assertThat(data.tangibles(), is(4));
        assertThat(data.empathy(), is(5));
        assertThat(data.responsiveness(), is(3));
        assertThat(data.comments(), is("处理及时"));
        assertThat(completed.correlationId(), is(resolved(complaint).correlationId()));
        given().auth().oauth2(agent).when().get("/api/revisits/" + id + "/timeline").then().statusCode(200)
                .body("action", contains("scheduled", "attempted", "completed"), "actor[2]", is("agent.caller"));
    }

    @Test
    void unsatisfiedCustomerIsPublishedForComplaintServiceToReopen() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();

        call(agent, id, satisfiedSurvey(false)).statusCode(200).body("survey.satisfied", is(false));

        var data = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.COMPLETED),
                RevisitCompleted.class);
        assertThat(data.satisfied(), is(false));
    }

    @Test
    void notReachedIsRetriedNextWorkingDayThenLeftToASupervisor() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();
        LocalDate retryOn = days.nextWorkingDay(days.dateOf(clock.instant()));
        given().auth().oauth2(agent).queryParam("due", "TODAY").when().get("/api/revisits").then()
                .statusCode(200).body("items.id", hasItem(id));

        call(agent, id, Map.of("outcome", "NOT_REACHED", "note", "无人接听")).statusCode(200)
                .body("status", is("SCHEDULED"), "attempts", is(1), "dueOn", is(retryOn.toString()),
                        "calls[0].outcome", is("NOT_REACHED"), "calls[0].note", is("无人接听"));
        // one unanswered call a day: the next one is tomorrow's
        call(agent, id, Map.of("outcome", "NOT_REACHED")).statusCode(409)
                .body("detail", containsString("called today already"));
        clock.advance(Duration.ofDays(1));
        call(agent, id, Map.of("outcome", "NOT_REACHED")).statusCode(200).body("status", is("SCHEDULED"));
        clock.advance(Duration.ofDays(1));
        // a complaint is not left RESOLVED forever, nor closed without a word: a supervisor decides (003 (5))
        call(agent, id, Map.of("outcome", "NOT_REACHED")).statusCode(200)
                .body("status", is("AWAITING_DECISION"), "attempts", is(3), "survey", nullValue());

        given().auth().oauth2(agent).queryParam("due", "TODAY").when().get("/api/revisits").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        clock.advance(Duration.ofDays(1));
        var first = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.ATTEMPTED),
                RevisitAttempted.class);
        assertThat(first.attempt(), is(1));
        assertThat(first.nextDueOn(), is(retryOn));
        events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.DECISION_REQUIRED);
        call(agent, id, Map.of("outcome", "NOT_REACHED")).statusCode(409)
                .contentType("application/problem+json");
        assertThat(events.events(Topics.REVISIT_EVENTS, id).stream().map(EventEnvelope::type).toList(),
                not(hasItem(RevisitEvents.COMPLETED)));
        assertThat(events.events(Topics.REVISIT_EVENTS, id).stream().map(EventEnvelope::type).toList(),
                not(hasItem(RevisitEvents.UNREACHABLE)));
    }

    /** 003 line 81: a call before day 5 is a supervisor's decision, with the reason kept with the call. */
    @Test
    void aCallBeforeTheWindowOpensNeedsASupervisorsReason() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String supervisor = Tokens.supervisor(branch);
        var complaint = resolution(UUID.randomUUID(), branch, clock.instant(), clock.instant().plusSeconds(60));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();
        Map<String, Object> early = new java.util.HashMap<>(satisfiedSurvey(true));

        call(agent, id, early).statusCode(403);
        call(supervisor, id, early).statusCode(400).body("errors.field", hasItem("earlyReason"));
        early.put("earlyReason", "客户下周出国，要求提前回访");
        call(supervisor, id, early).statusCode(200).body("status", is("COMPLETED"),
                "calls[0].note", containsString("客户下周出国"));
    }

    @Test
    void rejectsScoresOutsideOneToFiveAndIncompleteSurveys() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();
        Map<String, Object> tooHigh = new HashMap<>(satisfiedSurvey(true));
        tooHigh.put("empathy", 6);
        Map<String, Object> zero = new HashMap<>(satisfiedSurvey(true));
        zero.put("reliability", 0);
        Map<String, Object> noVerdict = new HashMap<>(satisfiedSurvey(true));
        noVerdict.remove("satisfied");

        call(agent, id, tooHigh).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(equalTo("empathy")));
        call(agent, id, zero).statusCode(400).body("errors.field", hasItem(equalTo("reliability")));
        call(agent, id, noVerdict).statusCode(400).body("errors.field", hasItem(equalTo("satisfied")));
        call(agent, id, Map.of("outcome", "NOT_REACHED", "empathy", 3)).statusCode(400)
                .body("errors.field", hasItem(equalTo("outcome")));
        call(agent, id, Map.of("outcome", "MAYBE")).statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(agent).when().get("/api/revisits/" + id).then().statusCode(200)
                .body("status", is("SCHEDULED"), "attempts", is(0));
    }

    @Test
    void rejectsAnOutcomeOnACompletedRevisitAndCallsOfOtherBranches() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();
        call(agent, id, satisfiedSurvey(true)).statusCode(200);

        call(agent, id, satisfiedSurvey(false)).statusCode(409).contentType("application/problem+json");
        call(Tokens.agent(freshBranch()), id, satisfiedSurvey(true)).statusCode(404);
        call(Tokens.of("BRANCH_SYSTEM", branch), id, satisfiedSurvey(true)).statusCode(403);

        given().auth().oauth2(agent).when().get("/api/revisits/" + id).then().statusCode(200)
                .body("survey.satisfied", is(true), "attempts", is(1));
    }

    /** 001: a year after the call closed, the customer's data and what they said go; a hold on the complaint keeps it. */
    @Test
    void aYearAfterTheCallTheCustomersWordsAreErasedUnlessTheComplaintIsHeld() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String erased = completedRevisit(agent, UUID.randomUUID(), branch);
        UUID heldComplaint = UUID.randomUUID();
        String held = completedRevisit(agent, heldComplaint, branch);
        RetentionOps.hold(heldComplaint.toString());

        RetentionOps.runAfter(clock, Duration.ofDays(366));

        given().auth().oauth2(agent).when().get("/api/revisits/" + erased).then().statusCode(200)
                .body("customerName", nullValue(), "phone", nullValue(), "survey.comments", nullValue(),
                        "survey.businessLeads", nullValue(), "survey.reliability", is(5), "status", is("COMPLETED"));
        given().auth().oauth2(agent).when().get("/api/revisits/" + held).then()
                .body("survey.comments", is("处理及时"));
    }

    private String completedRevisit(String agent, UUID complaintId, String branch) {
        var complaint = resolution(complaintId, branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaintId.toString(), 1).get(0).get("id").toString();
        call(agent, id, satisfiedSurvey(true)).statusCode(200);
        return id;
    }

    private static ValidatableResponse call(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(JSON).body(body)
                .when().post("/api/revisits/" + id + "/attempts").then();
    }
}
