package com.careline.inquiry.survey;

import static com.careline.inquiry.InquiryFixtures.form;
import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.InquiryFixtures.post;
import static com.careline.inquiry.InquiryFixtures.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Party;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** 002 3 (3): the follow-up survey's result reaches the inquiry, and the survey is not archived away unseen. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class SurveyLoopTest {

    @Inject
    EventTap events;
    @Inject
    EntityManager em;

    @Test
    void aSurveyUnsatisfiedBecauseOfTheCompanySendsTheWorkOrderBackAsAtTheDesk() {
        String agent = Tokens.agent("YC");
        String id = replied(agent);
        UUID revisit = UUID.randomUUID();
        events.send(Topics.REVISIT_EVENTS, scheduled(revisit, id));
        awaitInquiry(agent, id, "surveyRevisitId", revisit.toString());

        // the survey's result belongs in the archive: not archived before it, unless with a reason
        given().auth().oauth2(agent).contentType(ContentType.JSON).when().post("/api/inquiries/" + id + "/archive")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("follow-up survey planned"));

        events.send(Topics.REVISIT_EVENTS, completed(revisit, id, false, "COMPANY"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/inquiries/" + id).then().statusCode(200)
                .body("status", equalTo("DISPATCHED"), "rounds", equalTo(2), "satisfied", equalTo(false),
                        "dissatisfactionCause", equalTo("COMPANY"), "surveyRevisitId", nullValue()));
        var recorded = EventCodec.data(events.await(Topics.INQUIRY_EVENTS, id, InquiryEvents.SATISFACTION_RECORDED),
                InquiryEvents.SatisfactionRecorded.class);
        assertThat(recorded.sentBack(), is(true));
        assertThat(recorded.cause(), is("COMPANY"));
        assertThat(recorded.comment(), is("报价不对"));
        // the work order runs again, with a fresh reply clock
        given().auth().oauth2(agent).when().get("/api/inquiries/" + id).then()
                .body("clocks.find { it.kind == 'inquiry-reply' }.state", equalTo("RUNNING"));
    }

    @Test
    void aSurveyUnsatisfiedForAnotherCauseIsRecordedWithoutSendingBack() {
        String agent = Tokens.agent("YC");
        String id = replied(agent);
        UUID revisit = UUID.randomUUID();
        events.send(Topics.REVISIT_EVENTS, scheduled(revisit, id));
        events.send(Topics.REVISIT_EVENTS, completed(revisit, id, false, "CUSTOMER"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/inquiries/" + id).then().statusCode(200)
                .body("status", equalTo("SURVEYED"), "rounds", equalTo(1), "dissatisfactionCause",
                        equalTo("CUSTOMER"), "surveyRevisitId", nullValue()));
        // with its result in, it archives without a reason
        post(agent, "/api/inquiries/" + id + "/archive", null, 200);
    }

    @Test
    void archivedWithAReasonBeforeTheSurveyItsLateResultChangesNothing() {
        String agent = Tokens.agent("YC");
        String id = replied(agent);
        UUID revisit = UUID.randomUUID();
        events.send(Topics.REVISIT_EVENTS, scheduled(revisit, id));
        awaitInquiry(agent, id, "surveyRevisitId", revisit.toString());

        var archived = post(agent, "/api/inquiries/" + id + "/archive", Map.of("reason", "客户表示不需要回访"), 200);
        assertThat(archived.getString("status"), is("ARCHIVED"));
        assertThat(archived.getString("archiveReason"), is("客户表示不需要回访"));
        var event = EventCodec.data(events.await(Topics.INQUIRY_EVENTS, id, InquiryEvents.ARCHIVED),
                InquiryEvents.Archived.class);
        assertThat(event.reason(), is("客户表示不需要回访"));

        EventEnvelope late = completed(revisit, id, false, "COMPANY");
        events.send(Topics.REVISIT_EVENTS, late);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxed(late.id()));
        given().auth().oauth2(agent).when().get("/api/inquiries/" + id).then()
                .body("status", equalTo("ARCHIVED"), "satisfied", nullValue());
    }

    /** A work order answered and its answer given to the customer: what the survey follows. */
    private static String replied(String agent) {
        String id = register(agent, form(fresh("R"))).getString("id");
        post(agent, "/api/inquiries/" + id + "/dispatch", Map.of(), 200);
        post(agent, "/api/inquiries/" + id + "/answer", Map.of("answer", "按2000千克计费"), 200);
        post(agent, "/api/inquiries/" + id + "/reply", Map.of(), 200);
        return id;
    }

    private static void awaitInquiry(String agent, String id, String field, Object value) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/inquiries/" + id).then().statusCode(200).body(field, equalTo(value)));
    }

    private boolean inboxed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where consumer = :consumer and event_id = :event")
                .setParameter("consumer", SurveyResultConsumer.CONSUMER).setParameter("event", eventId)
                .getSingleResult()).intValue() == 1);
    }

    private static EventEnvelope scheduled(UUID revisit, String inquiryId) {
        Instant now = Instant.now();
        return EventCodec.envelope(RevisitEvents.SCHEDULED, "careline/revisit-service", revisit.toString(),
                inquiryId, now, new RevisitScheduled(revisit, RevisitCompleted.INQUIRY, inquiryId, "Q1", "YC",
                        LocalDate.now().plusDays(1), now.plus(Duration.ofDays(3)), false, null, now, Party.NONE));
    }

    private static EventEnvelope completed(UUID revisit, String inquiryId, boolean satisfied, String cause) {
        Instant now = Instant.now();
        return EventCodec.envelope(RevisitEvents.COMPLETED, "careline/revisit-service", revisit.toString(),
                inquiryId, now, new RevisitCompleted(revisit, RevisitCompleted.INQUIRY, inquiryId, satisfied, 3, 3, 3,
                        3, 2, "报价不对", now, cause));
    }
}
