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
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class InquirySurveyTest {

    @Inject
    EventTap events;

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

    private static EventEnvelope replied(UUID inquiry, String branch, Instant at) {
        return EventCodec.envelope(InquiryEvents.REPLIED, "careline/inquiry-service", inquiry.toString(),
                "SF" + inquiry.toString().substring(0, 8), at, new InquiryEvents.Replied(inquiry, "Q" + branch,
                        branch, "TRACKING", "赵女士", "13700000003", "SF" + inquiry.toString().substring(0, 8),
                        "agent.desk", at));
    }
}
