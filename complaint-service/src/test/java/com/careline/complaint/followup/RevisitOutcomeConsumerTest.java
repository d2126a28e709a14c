package com.careline.complaint.followup;

import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.ConsumerConfig;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitUnreachable;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class RevisitOutcomeConsumerTest {

    /** A row of {@code parked_event} as the test reads it. */
    record Parked(String status, int attempts, String reason) {
    }

    @Inject
    EventTap events;
    @Inject
    TestClock clock;
    @Inject
    EntityManager em;
    @Inject
    ConsumerConfig consumers;

    @Test
    void aFollowUpResultAboutAComplaintNotHereYetWaitsAndIsAppliedOnceTheComplaintArrives() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已补发并致歉"), 200);
        // as if the complaint had not reached this database yet: its row stands under another id for a while
        UUID elsewhere = UUID.randomUUID();
        moveComplaint(UUID.fromString(id), elsewhere);
        EventEnvelope satisfied = revisit(id, true);

        events.send(Topics.REVISIT_EVENTS, satisfied);

        // not parked: waiting, and tried again when its next try is due (the TestClock stands still otherwise)
        Parked first = awaitParked(satisfied.id(), p -> p.status().equals("WAITING"));
        assertThat(first.attempts(), is(1));
        assertThat(first.reason().contains("unknown complaint " + id), is(true));
        clock.advance(consumers.notYet().delay());
        Parked second = awaitParked(satisfied.id(), p -> p.attempts() == 2);
        assertThat(second.status(), is("WAITING"));

        moveComplaint(elsewhere, UUID.fromString(id));
        clock.advance(consumers.notYet().delay().multipliedBy(2));

        Parked replayed = awaitParked(satisfied.id(), p -> !p.status().equals("WAITING"));
        assertThat(replayed.status(), is("REPLAYED"));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        EventEnvelope closed = events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.CLOSED);
        assertThat(EventCodec.data(closed, ComplaintEvents.Closed.class).revisitId().toString(),
                is(satisfied.subject()));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id + "/timeline").then()
                .body("action", hasItem("closed"));
        // a waiting record is no dead letter
        assertThat(events.records(Topics.deadLetter(Topics.REVISIT_EVENTS)).stream().map(EventTap.Record::key)
                .toList(), not(hasItem(satisfied.subject())));
    }

    /** 003 (5): the one close without a satisfied call is a supervisor's decision, and says so. */
    @Test
    void aSupervisorsDecisionThatTheCustomerIsUnreachableClosesTheComplaintApart() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已补发并致歉"), 200);
        UUID revisitId = UUID.randomUUID();
        // calls that merely ran out (no decision) leave the complaint as it is
        EventEnvelope ranOut = unreachable(id, revisitId, null, null);
        events.send(Topics.REVISIT_EVENTS, ranOut);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxed(ranOut.id()));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id).then().body("status", equalTo("RESOLVED"));

        events.send(Topics.REVISIT_EVENTS, unreachable(id, revisitId, "号码已停机", "sup.decides"));

        EventEnvelope closed = events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.CLOSED);
        var data = EventCodec.data(closed, ComplaintEvents.Closed.class);
        assertThat(data.unreachable(), is(true));
        assertThat(data.reason(), is("号码已停机"));
        assertThat(data.revisitId(), is(revisitId));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"), "unreachableReason", equalTo("号码已停机"));
        given().auth().oauth2(agent).when().get("/api/complaints/" + id + "/timeline").then()
                .body("find { it.action == 'closed' }.actor", equalTo("sup.decides"));
    }

    private boolean inboxed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where consumer = :consumer and event_id = :event")
                .setParameter("consumer", RevisitOutcomeConsumer.CONSUMER).setParameter("event", eventId)
                .getSingleResult()).intValue() == 1);
    }

    private static EventEnvelope unreachable(String complaintId, UUID revisitId, String reason, String by) {
        return EventCodec.envelope(RevisitEvents.UNREACHABLE, "careline/revisit-service", revisitId.toString(),
                complaintId, Instant.now(), new RevisitUnreachable(revisitId, RevisitCompleted.COMPLAINT, complaintId,
                        "SZ", 3, Instant.now(), reason, by));
    }

    private Parked awaitParked(UUID eventId, java.util.function.Predicate<Parked> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> parked(eventId),
                p -> p.isPresent() && condition.test(p.get())).orElseThrow();
    }

    private Optional<Parked> parked(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select status, attempts, reason from parked_event
                    where consumer = :consumer and event_id = :event""")
                    .setParameter("consumer", RevisitOutcomeConsumer.CONSUMER).setParameter("event", eventId)
                    .getResultList();
            return rows.stream().findFirst()
                    .map(r -> new Parked((String) r[0], ((Number) r[1]).intValue(), (String) r[2]));
        });
    }

    private void moveComplaint(UUID from, UUID to) {
        QuarkusTransaction.requiringNew().run(() -> assertThat(em.createNativeQuery(
                "update complaint set id = :to where id = :from").setParameter("to", to).setParameter("from", from)
                .executeUpdate(), is(1)));
    }

    private static EventEnvelope revisit(String complaintId, boolean satisfied) {
        UUID revisitId = UUID.randomUUID();
        return EventCodec.envelope(RevisitEvents.COMPLETED, "careline/revisit-service", revisitId.toString(),
                complaintId, Instant.now(), new RevisitCompleted(revisitId, RevisitCompleted.COMPLAINT, complaintId,
                        satisfied, 5, 5, 4, 5, satisfied ? 5 : 1, satisfied ? "满意" : "不满意", Instant.now(), null));
    }
}
