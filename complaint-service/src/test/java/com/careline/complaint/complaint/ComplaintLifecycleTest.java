package com.careline.complaint.complaint;

import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static com.careline.complaint.ComplaintFixtures.with;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ComplaintLifecycleTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;

    @Test
    void complaintGoesFromRegistrationToClosedWhenTheFollowUpFindsTheCustomerSatisfied() {
        String agent = Tokens.as("agent.lifecycle", "AGENT", "SZ");
        String id = register(agent, form()).getString("id");
        String base = "/api/complaints/" + id;

        post(agent, base + "/acknowledge", Map.of("note", "已致电客户"), 200);
        post(agent, base + "/transfer", Map.of("department", "DELIVERY", "note", "派送延误"), 200);
        post(agent, base + "/progress-reports", Map.of("report", "已联系承运商"), 200);
        var resolved = post(agent, base + "/resolve", Map.of("resolution", "已补发并致歉"), 200);
        events.send(Topics.REVISIT_EVENTS, revisit(id, true));

        assertThat(resolved.getString("status"), is("RESOLVED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get(base).then().statusCode(200).body("status", equalTo("CLOSED")));
        EventEnvelope closed = events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.CLOSED);
        assertThat(closed.correlationId(), is(resolved.getString("waybillNo")));
        assertThat(types(id), contains(ComplaintEvents.REGISTERED, ComplaintEvents.ACKNOWLEDGED,
                ComplaintEvents.TRANSFERRED, ComplaintEvents.PROGRESS_REPORTED, ComplaintEvents.RESOLVED,
                ComplaintEvents.CLOSED));
        given().auth().oauth2(agent).when().get(base + "/timeline").then().statusCode(200)
                .body("action", contains("registered", "acknowledged", "transferred", "progress-reported",
                        "resolved", "closed"), "actor[0]", equalTo("agent.lifecycle"), "actor[5]", equalTo("system"));
    }

    @Test
    void unsatisfiedFollowUpReopensTheComplaintOnceEvenWhenDeliveredTwice() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已解释原因"), 200);
        EventEnvelope unhappy = revisit(id, false);

        String marker = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + marker + "/resolve", Map.of("resolution", "x"), 200);
        events.send(Topics.REVISIT_EVENTS, unhappy);
        events.send(Topics.REVISIT_EVENTS, unhappy);
        // same key, so the same partition: once the marker is done, both copies were consumed
        events.send(Topics.REVISIT_EVENTS, unhappy.subject(), EventCodec.encode(revisit(marker, false)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/complaints/" + marker).then().body("status", equalTo("REOPENED")));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id)
                .then().body("status", equalTo("REOPENED"),
                        "clocks.find { it.kind == 'complaint-resolution' }.state", equalTo("RUNNING"));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id + "/timeline")
                .then().body("findAll { it.action == 'reopened' }.size()", equalTo(1));
    }

    @Test
    void customerComingBackReopensAClosedComplaint() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已补发"), 200);
        events.send(Topics.REVISIT_EVENTS, revisit(id, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/complaints/" + id).then().body("status", equalTo("CLOSED")));

        post(agent, "/api/complaints/" + id + "/reopen", Map.of("reason", "补发的货物仍有破损"), 200);

        events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.REOPENED);
        given().auth().oauth2(agent).when().get("/api/complaints/" + id).then().body("status", equalTo("REOPENED"));
    }

    @Test
    void illegalStepsAreConflicts() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/acknowledge", null, 200);

        post(agent, "/api/complaints/" + id + "/acknowledge", null, 409);
        post(agent, "/api/complaints/" + id + "/reopen", Map.of("reason", "x"), 409);
        post(agent, "/api/complaints/" + id + "/major-received", null, 403);
        given().auth().oauth2(agent).when().get("/api/complaints/" + id).then().body("status", equalTo("ACKNOWLEDGED"));
    }

    /** A step repeated (a double click, a client's retry) is refused, changes nothing and publishes nothing again. */
    @Test
    void aRepeatedStepIsAConflictAndPublishesNothingAgain() {
        String agent = Tokens.as("agent.repeat", "AGENT", "SZ");
        String headClerk = Tokens.of("HEAD_CLERK", "HQ");
        String id = register(agent, with("content", "我已经请了律师")).getString("id");
        String base = "/api/complaints/" + id;

        post(Tokens.supervisor("SZ"), base + "/major-received", null, 403); // 003: only the head clerk
        var taken = post(headClerk, base + "/major-received", null, 200);
        var again = post(headClerk, base + "/major-received", null, 409);
        post(agent, base + "/transfer", Map.of("department", "DELIVERY"), 200);
        var transferAgain = post(agent, base + "/transfer", Map.of("department", "DELIVERY"), 409);
        var toSelf = post(agent, base + "/owner", Map.of("owner", "agent.repeat", "reason", "x"), 409);
        post(agent, base + "/resolve", Map.of("resolution", "已处理"), 200);
        events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.RESOLVED);

        assertThat(taken.getString("majorReceivedAt"), notNullValue());
        assertThat(again.getString("detail"), containsString("already took"));
        assertThat(transferAgain.getString("detail"), containsString("already with DELIVERY"));
        assertThat(toSelf.getString("detail"), containsString("already owned by agent.repeat"));
        // a case's events keep their order, so once RESOLVED is out every earlier one is too
        assertThat(types(id), contains(ComplaintEvents.REGISTERED, ComplaintEvents.MAJOR_RECEIVED,
                ComplaintEvents.TRANSFERRED, ComplaintEvents.RESOLVED));
    }

    /** 001: a year after closing, the customer's data goes, unless the complaint is on legal hold. */
    @Test
    void aYearAfterClosingTheCustomersDataIsErasedUnlessHeld() {
        String agent = Tokens.agent("SZ");
        String erased = closedComplaint(agent);
        String held = closedComplaint(agent);
        RetentionOps.hold(held);

        RetentionOps.runAfter(clock, Duration.ofDays(366));

        given().auth().oauth2(agent).when().get("/api/complaints/" + erased).then().statusCode(200)
                .body("customerName", equalTo("(erased)"), "phone", equalTo("(erased)"), "contact", equalTo(null),
                        "customerNumber", equalTo(null), "content", equalTo("(erased)"), "resolution", equalTo(null),
                        "category", equalTo("DELAY"), "status", equalTo("CLOSED"));
        given().auth().oauth2(agent).when().get("/api/complaints/" + erased + "/timeline").then()
                .body("detail", hasItem("(erased: retention)"));
        given().auth().oauth2(agent).when().get("/api/complaints/" + held).then()
                .body("customerName", equalTo("王先生"), "phone", equalTo("13800000001"));
    }

    private String closedComplaint(String agent) {
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已补发，王先生确认"), 200);
        events.send(Topics.REVISIT_EVENTS, revisit(id, true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(agent)
                .when().get("/api/complaints/" + id).then().body("status", equalTo("CLOSED")));
        return id;
    }

    /** 003: a complaint found major after intake (a supervisor, with reasons) has its 30-minute hand-off from then. */
    @Test
    void aSupervisorMarksAComplaintMajorAfterIntakeAndTheHandOffClockStartsThen() {
        String agent = Tokens.agent("SZ");
        String supervisor = Tokens.as("supervisor.marks", "SUPERVISOR", "SZ");
        String id = register(agent, form()).getString("id");
        Instant marking = clock.advance(Duration.ofHours(2));
        String path = "/api/complaints/" + id + "/major";
        Map<String, Object> media = Map.of("reasons", List.of("MEDIA"), "note", "客户来电称已联系记者");

        post(agent, path, media, 403);
        var problem = post(supervisor, path, Map.of("reasons", List.of(), "note", "x"), 400);
        var marked = post(supervisor, path, media, 200);

        assertThat(problem.getList("errors.field"), hasItem("reasons"));
        assertThat(marked.getBoolean("major"), is(true));
        assertThat(marked.getList("majorReasons"), contains("MEDIA"));
        assertThat(marked.getString("clocks.find { it.kind == 'complaint-major-handoff' }.state"), is("RUNNING"));
        assertThat(Instant.parse(marked.getString("clocks.find { it.kind == 'complaint-major-handoff' }.dueAt")),
                is(marking.plus(Duration.ofMinutes(30))));
        var event = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.MARKED_MAJOR),
                ComplaintEvents.MarkedMajor.class);
        assertThat(event.reasons(), contains("MEDIA"));
        assertThat(event.by(), is("supervisor.marks"));
        post(supervisor, path, media, 409);
        post(Tokens.of("HEAD_CLERK", "HQ"), "/api/complaints/" + id + "/major-received", null, 200);
    }

    /** 003 (2): the 1-hour first response is owed whoever has the complaint, so a transfer does not forbid it. */
    @Test
    void theFirstResponseCanBeRecordedOnceTheComplaintIsTransferred() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/transfer", Map.of("department", "OPERATIONS"), 200);

        var acknowledged = post(agent, "/api/complaints/" + id + "/acknowledge", Map.of("note", "已电话告知客户"), 200);

        assertThat(acknowledged.getString("status"), is("TRANSFERRED"));
        assertThat(acknowledged.getString("clocks.find { it.kind == 'complaint-first-response' }.state"), is("MET"));
        assertThat(acknowledged.getString("clocks.find { it.kind == 'complaint-progress-report' }.state"), is("RUNNING"));
        events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.ACKNOWLEDGED);
        post(agent, "/api/complaints/" + id + "/acknowledge", null, 409);
    }

    @Test
    void transferToABranchNeedsTheBranchCode() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");

        var problem = post(agent, "/api/complaints/" + id + "/transfer", Map.of("department", "BRANCH"), 400);
        post(agent, "/api/complaints/" + id + "/transfer", Map.of("department", "SALES"), 400);
        var transferred = post(agent, "/api/complaints/" + id + "/transfer",
                Map.of("department", "BRANCH", "departmentBranch", "TJ"), 200);

        assertThat(problem.getList("errors.field"), hasItem("departmentBranch"));
        assertThat(transferred.getString("departmentBranch"), is("TJ"));
        assertThat(transferred.getList("clocks.kind"), hasItem("complaint-progress-report"));
    }

    @Test
    void anotherBranchCannotSeeOrTouchTheComplaint() {
        String id = register(Tokens.agent("SZ"), form()).getString("id");
        String stranger = Tokens.agent("BJ");

        given().auth().oauth2(stranger).when().get("/api/complaints/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/complaints/" + id + "/timeline").then().statusCode(404);
        post(stranger, "/api/complaints/" + id + "/resolve", Map.of("resolution", "x"), 404);
        post(stranger, "/api/complaints/" + UUID.randomUUID() + "/resolve", Map.of("resolution", "x"), 404);
    }

    private List<String> types(String id) {
        return events.events(Topics.COMPLAINT_EVENTS, id).stream().map(EventEnvelope::type)
                .filter(t -> !t.equals(ComplaintEvents.ESCALATED)).toList();
    }

    private static EventEnvelope revisit(String complaintId, boolean satisfied) {
        UUID revisitId = UUID.randomUUID();
        return EventCodec.envelope(RevisitEvents.COMPLETED, "careline/revisit-service", revisitId.toString(),
                complaintId, Instant.now(), new RevisitCompleted(revisitId, RevisitCompleted.COMPLAINT, complaintId,
                        satisfied, 5, 5, 4, 5, satisfied ? 5 : 1, satisfied ? "满意" : "不满意", Instant.now(), null));
    }
}
