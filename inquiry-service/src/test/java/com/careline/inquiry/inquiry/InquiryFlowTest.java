package com.careline.inquiry.inquiry;

import static com.careline.inquiry.InquiryFixtures.form;
import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.InquiryFixtures.post;
import static com.careline.inquiry.InquiryFixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryClocks;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.sla.SlaTicker;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.RetentionOps;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class InquiryFlowTest {

    @Inject
    EventTap events;

    @Inject
    TestClock clock;

    @Inject
    SlaTicker ticker;

    @Test
    void workOrderGoesFromRegistrationThroughSendBackToArchive() {
        String region = fresh("R");
        // routing rules are the whole company's: headquarters sets them
        post(Tokens.supervisor("HQ"), "/api/routing-rules", Map.of("region", region, "topic", "FREIGHT",
                "department", "PRICING", "queue", "YC-PRICING"), 201);
        String agent = Tokens.as("agent.flow", "AGENT", "YC");
        var registered = register(agent, form(region));
        String id = registered.getString("id");
        String base = "/api/inquiries/" + id;

        var dispatched = post(agent, base + "/dispatch", Map.of("note", "需要报价"), 200);
        post(agent, base + "/answer", Map.of("answer", "按2000千克计费，合计2545.20元"), 200);
        post(agent, base + "/reply", Map.of("note", "已电话告知"), 200);
        var sentBack = post(agent, base + "/satisfaction", Map.of("satisfied", false, "cause", "COMPANY",
                "comment", "报价与网点不一致"), 200);
        post(agent, base + "/answer", Map.of("answer", "已与网点核对：2545.20元"), 200);
        post(agent, base + "/reply", Map.of(), 200);
        post(agent, base + "/satisfaction", Map.of("satisfied", true), 200);
        var archived = post(agent, base + "/archive", null, 200);

        assertThat(registered.getString("status"), is("REGISTERED"));
        assertThat(registered.getString("owner"), is("agent.flow"));
        assertThat(registered.getList("clocks.kind"), hasItem(InquiryClocks.REPLY));
        assertThat(dispatched.getString("status"), is("DISPATCHED"));
        assertThat(dispatched.getString("department"), is("PRICING"));
        assertThat(dispatched.getString("queue"), is("YC-PRICING"));
        assertThat(sentBack.getString("status"), is("DISPATCHED"));
        assertThat(sentBack.getInt("rounds"), is(2));
        assertThat(archived.getString("status"), is("ARCHIVED"));
        assertThat(archived.getBoolean("satisfied"), is(true));
        EventEnvelope answered = events.await(Topics.INQUIRY_EVENTS, id, InquiryEvents.ARCHIVED);
        assertThat(answered.correlationId(), is(registered.getString("waybillNo")));
        assertThat(events.events(Topics.INQUIRY_EVENTS, id).stream().map(EventEnvelope::type).toList(),
                contains(InquiryEvents.REGISTERED, InquiryEvents.DISPATCHED, InquiryEvents.ANSWERED,
                        InquiryEvents.REPLIED, InquiryEvents.SATISFACTION_RECORDED, InquiryEvents.DISPATCHED,
                        InquiryEvents.ANSWERED, InquiryEvents.REPLIED, InquiryEvents.SATISFACTION_RECORDED,
                        InquiryEvents.ARCHIVED));
        given().auth().oauth2(agent).when().get(base + "/timeline").then().statusCode(200)
                .body("action", contains("registered", "dispatched", "answered", "replied", "satisfaction-recorded",
                        "dispatched", "answered", "replied", "satisfaction-recorded", "archived"),
                        "actor[0]", equalTo("agent.flow"));
    }

    /** 001: a year after closing, what the customer said and who they are goes, unless the inquiry is held. */
    @Test
    void aYearAfterClosingTheCustomersDataIsErasedUnlessHeld() {
        String agent = Tokens.agent("YC");
        Map<String, Object> form = form(fresh("R"));
        form.put("answer", "按重量计费");
        String erased = register(agent, form).getString("id");
        String held = register(agent, form).getString("id");
        RetentionOps.hold(held);

        RetentionOps.runAfter(clock, Duration.ofDays(366));

        given().auth().oauth2(agent).when().get("/api/inquiries/" + erased).then().statusCode(200)
                .body("customerName", nullValue(), "phone", nullValue(), "content", equalTo("(erased)"),
                        "answer", nullValue(), "topic", equalTo("FREIGHT"), "status", equalTo("CLOSED"));
        given().auth().oauth2(agent).when().get("/api/inquiries/" + held).then()
                .body("customerName", equalTo("王先生"), "answer", equalTo("按重量计费"));
    }

    @Test
    void answerAtOnceClosesTheInquiryAndPublishesTheCustomerForTheSurvey() {
        String agent = Tokens.agent("YC");
        Map<String, Object> form = form(fresh("R"));
        form.put("topic", "PROHIBITED_ITEMS");
        form.put("answer", "锂电池需单独申报，易燃液体禁寄");

        var closed = register(agent, form);

        assertThat(closed.getString("status"), is("CLOSED"));
        assertThat(closed.getString("department"), nullValue());
        EventEnvelope answered = events.await(Topics.INQUIRY_EVENTS, closed.getString("id"), InquiryEvents.ANSWERED);
        var data = EventCodec.data(answered, InquiryEvents.Answered.class);
        assertThat(data.atOnce(), is(true));
        assertThat(data.customerName(), is("王先生"));
        assertThat(data.phone(), is("13800000001"));
        assertThat(data.waybillNo(), is(form.get("waybillNo")));
        assertThat(data.branch(), is("YC"));
    }

    @Test
    void unansweredTrackingQueryEscalatesAfterThirtyMinutes() {
        String agent = Tokens.agent("YC");
        Map<String, Object> form = form(fresh("R"));
        form.put("topic", "TRACKING");
        String id = register(agent, form).getString("id");

        clock.advance(Duration.ofMinutes(31));
        ticker.tick();

        EventEnvelope escalated = events.await(Topics.INQUIRY_EVENTS, id, InquiryEvents.ESCALATED);
        var data = EventCodec.data(escalated, Escalated.class);
        assertThat(data.clockKind(), is(InquiryClocks.TRACKING_ANSWER));
        assertThat(data.escalateTo(), is("SUPERVISOR"));
        given().auth().oauth2(agent).when().get("/api/inquiries/" + id).then().statusCode(200)
                .body("escalationLevel", is(1));
    }

    /** 002: a reply within one working day: from a Friday afternoon, Monday at the same hour, not Saturday. */
    @Test
    void theReplyIsDueOneWorkingDayAfterRegistration() {
        java.time.Instant before = clock.instant();
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        try {
            clock.set(java.time.LocalDateTime.parse("2026-11-27T16:00").atZone(shanghai).toInstant());
            var registered = register(Tokens.agent("YC"), form(fresh("R")));

            assertThat(java.time.Instant.parse(registered.getString(
                    "clocks.find { it.kind == '" + InquiryClocks.REPLY + "' }.dueAt")),
                    is(java.time.LocalDateTime.parse("2026-11-30T16:00").atZone(shanghai).toInstant()));
        } finally {
            clock.set(before);
        }
    }

    /** 001: the tracking answer is owed to the customer within 30 minutes: the handler's answer is not enough. */
    @Test
    void theTrackingClockStopsWhenTheCustomerIsToldNotWhenTheHandlerAnswers() {
        String agent = Tokens.agent("YC");
        Map<String, Object> form = form(fresh("R"));
        form.put("topic", "TRACKING");
        String id = register(agent, form).getString("id");
        String tracking = "clocks.find { it.kind == 'inquiry-tracking-answer' }.state";
        post(agent, "/api/inquiries/" + id + "/dispatch", null, 200);

        clock.advance(Duration.ofMinutes(10));
        var answered = post(agent, "/api/inquiries/" + id + "/answer", Map.of("answer", "快件在天津中转"), 200);
        clock.advance(Duration.ofMinutes(10));
        var replied = post(agent, "/api/inquiries/" + id + "/reply", Map.of("note", "已电话告知"), 200);

        assertThat(answered.getString(tracking), is("RUNNING"));
        assertThat(replied.getString(tracking), is("MET"));
    }

    @Test
    void unsatisfiedBecauseOfTheCustomerIsRecordedWithoutSendingTheWorkOrderBack() {
        String agent = Tokens.agent("YC");
        String id = register(agent, form(fresh("R"))).getString("id");
        post(agent, "/api/inquiries/" + id + "/dispatch", null, 200);
        post(agent, "/api/inquiries/" + id + "/answer", Map.of("answer", "按规定收费"), 200);
        post(agent, "/api/inquiries/" + id + "/reply", null, 200);

        var surveyed = post(agent, "/api/inquiries/" + id + "/satisfaction",
                Map.of("satisfied", false, "cause", "CUSTOMER", "comment", "嫌贵"), 200);

        assertThat(surveyed.getString("status"), is("SURVEYED"));
        assertThat(surveyed.getInt("rounds"), is(1));
        assertThat(surveyed.getString("dissatisfactionCause"), is("CUSTOMER"));
        var recorded = EventCodec.data(events.await(Topics.INQUIRY_EVENTS, id, InquiryEvents.SATISFACTION_RECORDED),
                InquiryEvents.SatisfactionRecorded.class);
        assertThat(recorded.sentBack(), is(false));
        assertThat(recorded.cause(), is("CUSTOMER"));
    }

    @Test
    void rejectsAnInvalidFormNamingTheFields() {
        Map<String, Object> form = form(fresh("R"));
        form.put("topic", "WEATHER");

        given().auth().oauth2(Tokens.agent("YC")).contentType(ContentType.JSON).body(form)
                .when().post("/api/inquiries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("topic"));
        form.put("topic", "ORDER");
        form.remove("content");
        form.put("phone", "abc");
        given().auth().oauth2(Tokens.agent("YC")).contentType(ContentType.JSON).body(form)
                .when().post("/api/inquiries")
                .then().statusCode(400).body("errors.field", hasItem("content"), "errors.field", hasItem("phone"));
    }

    @Test
    void unsatisfiedWithoutCauseIsRejectedAndOtherBranchesGetNotFound() {
        String agent = Tokens.agent("YC");
        String id = register(agent, form(fresh("R"))).getString("id");
        post(agent, "/api/inquiries/" + id + "/answer", Map.of("answer", "已答复"), 200);

        post(agent, "/api/inquiries/" + id + "/satisfaction", Map.of("satisfied", false), 400);
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/api/inquiries/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.agent("HQ")).when().get("/api/inquiries/" + id).then().statusCode(200);
        post(agent, "/api/inquiries/" + id + "/reply", null, 409);
    }
}
