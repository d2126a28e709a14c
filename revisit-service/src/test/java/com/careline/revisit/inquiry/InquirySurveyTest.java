package com.careline.revisit.inquiry;

import static com.careline.revisit.RevisitFixtures.at;
import static com.careline.revisit.RevisitFixtures.awaitRevisits;
import static com.careline.revisit.RevisitFixtures.freshBranch;
import static com.careline.revisit.RevisitFixtures.revisit;
import static com.careline.revisit.RevisitFixtures.satisfiedSurvey;
import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
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

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class InquirySurveyTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;

    @Test
    void workOrderAnswerGivenToTheCustomerGetsASurveyOnTheNextWorkingDay() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID inquiry = UUID.randomUUID();
        // replied on the Wednesday before National Day: the survey comes after the holiday
        EventEnvelope replied = replied(inquiry, branch, at("2026-09-30T11:00"));

        events.send(Topics.INQUIRY_EVENTS, replied);
        events.send(Topics.INQUIRY_EVENTS, replied);

        var found = awaitRevisits(agent, inquiry.toString(), 1).get(0);
        var view = revisit(agent, found.get("id"));
        assertThat(view.getString("caseType"), is("INQUIRY"));
        assertThat(view.getString("dueOn"), is("2026-10-08"));
        assertThat(Instant.parse(view.getString("deadline")), is(at("2026-10-10T17:30")));
        assertThat(view.getString("phone"), is("13700000003"));

        given().auth().oauth2(agent).contentType(JSON).body(satisfiedSurvey(true))
                .when().post("/api/revisits/" + found.get("id") + "/attempts").then().statusCode(200);
        var completed = EventCodec.data(events.await(Topics.REVISIT_EVENTS, found.get("id").toString(),
                RevisitEvents.COMPLETED), RevisitCompleted.class);
        assertThat(completed.caseType(), is("INQUIRY"));
        assertThat(completed.caseId(), is(inquiry.toString()));
    }

    @Test
    void satisfactionRecordedAtTheDeskCancelsThePlannedSurvey() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID inquiry = UUID.randomUUID();
        events.send(Topics.INQUIRY_EVENTS, replied(inquiry, branch, at("2026-11-20T11:00")));

        events.send(Topics.INQUIRY_EVENTS, EventCodec.envelope(InquiryEvents.SATISFACTION_RECORDED,
                "careline/inquiry-service", inquiry.toString(), inquiry.toString(), at("2026-11-20T12:00"),
                new InquiryEvents.SatisfactionRecorded(inquiry, "Q1", branch, true, null, null, false, "agent.desk",
                        at("2026-11-20T12:00"))));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(agent).queryParam("caseId", inquiry.toString()).when().get("/api/revisits")
                        .then().statusCode(200).body("items[0].status", is("CANCELLED")));
        var id = awaitRevisits(agent, inquiry.toString(), 1).get(0).get("id");
        assertThat(revisit(agent, id).getString("cancelReason"), containsString("agent.desk"));
    }

    /** 002 3 (3): whether the work order goes back depends on the cause, so an unsatisfied survey names it. */
    @Test
    void anUnsatisfiedSurveyNamesItsCause() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID inquiry = UUID.randomUUID();
        events.send(Topics.INQUIRY_EVENTS, replied(inquiry, branch, at("2026-11-20T11:00")));
        String id = awaitRevisits(agent, inquiry.toString(), 1).get(0).get("id").toString();
        Map<String, Object> survey = new HashMap<>(satisfiedSurvey(false));

        attempt(agent, id, survey).statusCode(400).body("errors.field", hasItem("cause"));
        Map<String, Object> satisfiedWithCause = new HashMap<>(satisfiedSurvey(true));
        satisfiedWithCause.put("cause", "COMPANY");
        attempt(agent, id, satisfiedWithCause).statusCode(400).body("errors.field", hasItem("cause"));
        survey.put("cause", "COMPANY");
        attempt(agent, id, survey).statusCode(200).body("survey.cause", is("COMPANY"));

        var completed = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.COMPLETED),
                RevisitCompleted.class);
        assertThat(completed.satisfied(), is(false));
        assertThat(completed.cause(), is("COMPANY"));
    }

    /** An inquiry's survey needs no supervisor's decision: after the last failed call it simply ends. */
    @Test
    void anInquirysSurveyEndsUnreachableAfterTheLastFailedCall() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID inquiry = UUID.randomUUID();
        events.send(Topics.INQUIRY_EVENTS, replied(inquiry, branch, at("2026-11-20T11:00")));
        String id = awaitRevisits(agent, inquiry.toString(), 1).get(0).get("id").toString();
        Instant real = clock.instant();
        try {
            for (String day : List.of("2026-11-23T10:00", "2026-11-24T10:00", "2026-11-25T10:00")) {
                clock.set(at(day));
                attempt(agent, id, Map.of("outcome", "NOT_REACHED")).statusCode(200);
            }
        } finally {
            clock.set(real);
        }
        assertThat(revisit(agent, id).getString("status"), is("UNREACHABLE"));
        var unreachable = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.UNREACHABLE),
                RevisitUnreachable.class);
        assertThat(unreachable.attempts(), is(3));
        assertThat(unreachable.decidedBy(), nullValue());
    }

    @Test
    void archivingTheInquiryWithAReasonCancelsItsPlannedSurvey() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID inquiry = UUID.randomUUID();
        events.send(Topics.INQUIRY_EVENTS, replied(inquiry, branch, at("2026-11-20T11:00")));
        String id = awaitRevisits(agent, inquiry.toString(), 1).get(0).get("id").toString();

        events.send(Topics.INQUIRY_EVENTS, EventCodec.envelope(InquiryEvents.ARCHIVED, "careline/inquiry-service",
                inquiry.toString(), inquiry.toString(), at("2026-11-20T12:00"), new InquiryEvents.Archived(inquiry,
                        "Q1", branch, "sup.desk", at("2026-11-20T12:00"), "客户表示不需要回访")));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(revisit(agent, id).getString("status"), is("CANCELLED")));
        assertThat(revisit(agent, id).getString("cancelReason"), containsString("客户表示不需要回访"));
    }

    private static ValidatableResponse attempt(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(JSON).body(body)
                .when().post("/api/revisits/" + id + "/attempts").then();
    }

    private static EventEnvelope replied(UUID inquiry, String branch, Instant at) {
        return EventCodec.envelope(InquiryEvents.REPLIED, "careline/inquiry-service", inquiry.toString(),
                "SF" + inquiry.toString().substring(0, 8), at, new InquiryEvents.Replied(inquiry, "Q" + branch,
                        branch, "TRACKING", "赵女士", "13700000003", "SF" + inquiry.toString().substring(0, 8),
                        "agent.desk", at));
    }
}
