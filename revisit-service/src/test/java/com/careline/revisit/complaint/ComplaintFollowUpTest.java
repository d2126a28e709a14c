package com.careline.revisit.complaint;

import static com.careline.revisit.RevisitFixtures.at;
import static com.careline.revisit.RevisitFixtures.awaitRevisits;
import static com.careline.revisit.RevisitFixtures.freshBranch;
import static com.careline.revisit.RevisitFixtures.reopened;
import static com.careline.revisit.RevisitFixtures.resolution;
import static com.careline.revisit.RevisitFixtures.resolved;
import static com.careline.revisit.RevisitFixtures.revisit;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.sla.SlaTicker;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ComplaintFollowUpTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;
    @Inject
    SlaTicker ticker;
    @Inject
    EntityManager em;

    @Test
    void complaintWhoseWindowFallsInNationalDayIsCalledBackOnTheFirstWorkingDayAfterIt() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-09-29T10:00"), at("2026-09-30T15:00"));

        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));

        var found = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0);
        var view = revisit(agent, found.get("id"));
        assertThat(view.getString("caseType"), is("COMPLAINT"));
        assertThat(view.getString("caseNumber"), is(complaint.number()));
        assertThat(view.getString("status"), is("SCHEDULED"));
        // calendar days 5-7 are 4-6 October, all National Day: the window moves to the next working day, 8 October,
        // and closes with it: the window's days are the one source of the call's deadline (no P3D policy on top)
        assertThat(view.getString("dueOn"), is("2026-10-08"));
        assertThat(Instant.parse(view.getString("deadline")), is(at("2026-10-08T17:30")));
        assertThat(Instant.parse(view.getString("clocks[0].dueAt")), is(at("2026-10-08T17:30")));
        assertThat(view.getBoolean("late"), is(false));
        assertThat(view.getString("clocks[0].kind"), is("revisit-complaint-window"));
        assertThat(Instant.parse(view.getString("clocks[0].startedAt")), is(at("2026-10-08T08:30")));
        EventEnvelope scheduled = events.await(Topics.REVISIT_EVENTS, found.get("id").toString(),
                RevisitEvents.SCHEDULED);
        var data = EventCodec.data(scheduled, RevisitScheduled.class);
        assertThat(data.caseId(), is(complaint.complaintId().toString()));
        assertThat(data.dueOn().toString(), is("2026-10-08"));
        assertThat(scheduled.correlationId(), is(resolved(complaint).correlationId()));
    }

    /** 003: days 5 to 7 after receipt. Received Monday 2 November: Saturday 7 to Monday 9, so only the 9th. */
    @Test
    void theCallIsDueWhenItsWindowClosesNotByAPolicyOfItsOwn() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-05T10:00"));

        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));

        var view = revisit(agent, awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id"));
        assertThat(view.getString("dueOn"), is("2026-11-09"));
        // a P3D working policy on top of the window would say 11 November
        assertThat(Instant.parse(view.getString("deadline")), is(at("2026-11-09T17:30")));
        assertThat(Instant.parse(view.getString("clocks[0].startedAt")), is(at("2026-11-09T08:30")));
        assertThat(Instant.parse(view.getString("clocks[0].dueAt")), is(at("2026-11-09T17:30")));
    }

    @Test
    void complaintResolvedAfterTheWindowIsCalledTheNextWorkingDayAndMarkedLate() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-13T10:00"));

        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));

        var view = revisit(agent, awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id"));
        assertThat(view.getBoolean("late"), is(true));
        assertThat(view.getString("dueOn"), is("2026-11-16"));
        assertThat(view.getString("lateReason"), containsString("after the day 5–7 window (2026-11-09 to 2026-11-09)"));
        assertThat(Instant.parse(view.getString("deadline")), is(at("2026-11-16T17:30")));
        assertThat(view.getString("clocks[0].kind"), is("revisit-complaint-late"));
    }

    @Test
    void duplicateResolutionActsOnceAndResolvingAgainGivesANewRevisit() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID id = UUID.randomUUID();
        var first = resolution(id, branch, at("2026-11-02T10:00"), at("2026-11-04T10:00"));
        EventEnvelope event = resolved(first);
        var again = resolution(id, branch, first.receivedAt(), at("2026-11-20T10:00"));

        events.send(Topics.COMPLAINT_EVENTS, event);
        events.send(Topics.COMPLAINT_EVENTS, event);
        // the same resolution re-published under a new event id: the (complaint, resolution) key catches it
        events.send(Topics.COMPLAINT_EVENTS, resolved(first));
        events.send(Topics.COMPLAINT_EVENTS, reopened(first, at("2026-11-06T09:00")));
        // same key, same partition: once this one is done, the copies before it were consumed
        events.send(Topics.COMPLAINT_EVENTS, resolved(again));

        var revisits = awaitRevisits(agent, id.toString(), 2);
        assertThat(revisits.get(0).get("status"), is("CANCELLED"));
        assertThat(revisits.get(0).get("dueOn"), is("2026-11-09"));
        assertThat(revisits.get(1).get("status"), is("SCHEDULED"));
        assertThat(revisits.get(1).get("late"), is(true));
        var cancelled = revisit(agent, revisits.get(0).get("id"));
        assertThat(cancelled.getString("cancelReason"), containsString("reopened"));
        events.await(Topics.REVISIT_EVENTS, revisits.get(0).get("id").toString(), RevisitEvents.CANCELLED);
    }

    @Test
    void complaintEventsOtherThanResolvedAndReopenedAreDroppedBeforeAnyDatabaseWork() {
        String branch = freshBranch();
        var resolution = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-04T10:00"));
        EventEnvelope acknowledged = EventCodec.envelope(ComplaintEvents.ACKNOWLEDGED, "careline/complaint-service",
                resolution.complaintId().toString(), "corr", at("2026-11-02T11:00"), new ComplaintEvents.Acknowledged(
                        resolution.complaintId(), resolution.number(), branch, "agent.test", at("2026-11-02T11:00")));
        EventEnvelope resolved = resolved(resolution);
        // the same case's partition: once the resolution is applied, the acknowledgement before it was polled
        events.send(Topics.COMPLAINT_EVENTS, acknowledged);
        events.send(Topics.COMPLAINT_EVENTS, resolved);

        awaitRevisits(Tokens.agent(branch), resolution.complaintId().toString(), 1);
        assertThat(inboxRows(resolved.id()), is(1L));
        assertThat(inboxRows(acknowledged.id()), is(0L));
    }

    private long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }

    @Test
    void resolvedReopenedAndResolvedAgainInOneBatchCancelsTheCallPlannedInThatBatch() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        UUID id = UUID.randomUUID();
        var first = resolution(id, branch, at("2026-11-02T10:00"), at("2026-11-04T10:00"));
        var again = resolution(id, branch, first.receivedAt(), at("2026-11-20T10:00"));
        EventEnvelope resolved = resolved(first);
        int partition = Utils.toPositive(Utils.murmur2(id.toString().getBytes(StandardCharsets.UTF_8)))
                % Topics.partitions(Topics.COMPLAINT_EVENTS);

        // one poll: the call planned by the first event is cancelled by the third before anything is written
        events.sendBatch(Topics.COMPLAINT_EVENTS, partition, List.of(record(resolved), record(resolved),
                record(reopened(first, at("2026-11-06T09:00"))), record(resolved(again))));

        var revisits = awaitRevisits(agent, id.toString(), 2);
        assertThat(revisits.get(0).get("status"), is("CANCELLED"));
        assertThat(revisits.get(1).get("status"), is("SCHEDULED"));
        String cancelledId = revisits.get(0).get("id").toString();
        events.await(Topics.REVISIT_EVENTS, cancelledId, RevisitEvents.CANCELLED);
        assertThat(events.events(Topics.REVISIT_EVENTS, cancelledId).stream().map(EventEnvelope::type).toList(),
                is(List.of(RevisitEvents.SCHEDULED, RevisitEvents.CANCELLED)));
        assertThat(revisit(agent, cancelledId).getString("clocks[0].state"), is("MET"));
        assertThat(revisit(agent, revisits.get(1).get("id")).getString("clocks[0].state"), is("RUNNING"));
    }

    private static Map.Entry<String, String> record(EventEnvelope event) {
        return Map.entry(event.subject(), EventCodec.encode(event));
    }

    @Test
    void callOverduePastDaySevenEscalatesToTheSupervisor() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        Instant now = clock.instant();
        var complaint = resolution(UUID.randomUUID(), branch, now, now.plus(Duration.ofHours(1)));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(agent, complaint.complaintId().toString(), 1).get(0).get("id").toString();
        ticker.tick();
        assertThat(revisit(agent, id).getInt("clocks[0].escalationLevel"), is(0));
        given().auth().oauth2(agent).queryParam("due", "OVERDUE").when().get("/api/revisits")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        clock.advance(Duration.ofDays(16));
        ticker.tick();

        EventEnvelope escalated = events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.ESCALATED);
        var data = EventCodec.data(escalated, Escalated.class);
        assertThat(data.level(), is(1));
        assertThat(data.escalateTo(), is("SUPERVISOR"));
        assertThat(data.branch(), is(branch));
        given().auth().oauth2(agent).queryParam("due", "OVERDUE").when().get("/api/revisits")
                .then().statusCode(200).body("items.id", hasItem(id));
        assertThat(revisit(agent, id).getString("clocks[0].state"), is("BREACHED"));
    }

    @Test
    void unreadableComplaintEventIsParkedOnTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();

        events.send(Topics.COMPLAINT_EVENTS, key, "{\"type\":\"complaint.resolved\"");

        await().atMost(Duration.ofSeconds(30)).until(() -> events.records(Topics.deadLetter(Topics.COMPLAINT_EVENTS))
                .stream().anyMatch(r -> key.equals(r.key())));
        given().auth().oauth2(Tokens.supervisor("HQ")).queryParam("caseId", key).when().get("/api/revisits")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void agentsOfAnotherBranchNeitherListNorReadTheRevisit() {
        String branch = freshBranch();
        var complaint = resolution(UUID.randomUUID(), branch, at("2026-11-02T10:00"), at("2026-11-03T10:00"));
        events.send(Topics.COMPLAINT_EVENTS, resolved(complaint));
        String id = awaitRevisits(Tokens.agent(branch), complaint.complaintId().toString(), 1).get(0).get("id")
                .toString();

        String stranger = Tokens.agent(freshBranch());

        given().auth().oauth2(stranger).when().get("/api/revisits/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).queryParam("caseId", complaint.complaintId().toString())
                .when().get("/api/revisits").then().statusCode(200).body("total", is(0));
        // naming another branch is a 404 naming it, in every list and report (BranchScope.narrow)
        given().auth().oauth2(stranger).queryParam("branch", branch).when().get("/api/revisits").then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString(branch));
        given().auth().oauth2(Tokens.supervisor("HQ")).queryParam("branch", branch)
                .when().get("/api/revisits").then().statusCode(200).body("items.id", hasItem(id));
    }
}
