package com.careline.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.OutgoingEvent;
import com.careline.platform.events.Topics;
import com.careline.platform.security.Roles;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A staged row the broker can never take must not block its lane (issue: outbox poison row). */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class OutboxHeldTest {

    private static final String TOPIC = Topics.COMPLAINT_EVENTS;

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxConfig config;
    @Inject
    EventTap events;
    @Inject
    EntityManager em;

    @Test
    void aRefusedRowIsHeldItsCaseWaitsBehindItAndTheLaneGoesOnUntilOpsDiscardIt() {
        String poisoned = UUID.randomUUID().toString();
        String other = sameLane(poisoned);
        OutgoingEvent bad = QuarkusTransaction.requiringNew().call(() -> outbox.stage("not a topic!", "probe.bad",
                poisoned, "corr", Map.of("probe", true)));
        OutgoingEvent behind = QuarkusTransaction.requiringNew().call(() -> stage(poisoned, "probe.behind"));
        QuarkusTransaction.requiringNew().call(() -> stage(other, "probe.other"));

        relay.publishPending();

        events.await(TOPIC, other, "probe.other");
        assertThat((String) column(bad.id(), "held_reason"), containsString("is not a Kafka topic name"));
        assertThat(column(behind.id(), "sent_at"), nullValue());
        given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).when().get("/api/ops/outbox/held").then().statusCode(200)
                .body("find { it.id == '" + bad.id() + "' }.waitingBehind", equalTo(1));

        // released, it is tried again, and held again: it is still refused
        given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).when().post("/api/ops/outbox/" + bad.id() + "/release")
                .then().statusCode(204);
        relay.publishPending(); // or the scheduled relay, if it holds the lane's lock just then
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(column(bad.id(), "held_at"),
                notNullValue()));
        assertThat(column(behind.id(), "sent_at"), nullValue());

        given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/ops/outbox/" + bad.id() + "/discard").then().statusCode(400);
        given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).contentType(ContentType.JSON)
                .body(Map.of("reason", "staged for a topic that never existed"))
                .when().post("/api/ops/outbox/" + bad.id() + "/discard").then().statusCode(204);
        relay.publishPending();

        assertThat(events.await(TOPIC, poisoned, "probe.behind").id(), is(behind.id()));
        assertThat((String) column(bad.id(), "discarded_reason"), containsString("never existed"));
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/api/ops/outbox/held").then().statusCode(403);
    }

    @Test
    void aRecordAboveTheSizeLimitIsHeldNotSentForEver() {
        String subject = UUID.randomUUID().toString();
        OutgoingEvent huge = QuarkusTransaction.requiringNew().call(() -> outbox.stage(TOPIC, "probe.huge", subject,
                "corr", Map.of("text", "x".repeat(config.maxRecordBytes()))));

        relay.publishPending(); // or the scheduled relay, if it holds the lane's lock just then

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat((String) column(huge.id(),
                "held_reason"), containsString("above careline.outbox.max-record-bytes")));
        assertThat(column(huge.id(), "sent_at"), nullValue());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_event set sent_at = now(), "
                + "discarded_reason = 'test' where id = ?1").setParameter(1, huge.id()).executeUpdate());
        relay.recount();
    }

    private OutgoingEvent stage(String subject, String type) {
        return outbox.stage(TOPIC, type, subject, "corr-" + subject, Map.of("probe", true));
    }

    /** A subject whose events go to the same lane as {@code subject}'s. */
    private String sameLane(String subject) {
        int lane = Math.floorMod(subject.hashCode(), config.lanes());
        String other;
        do {
            other = UUID.randomUUID().toString();
        } while (Math.floorMod(other.hashCode(), config.lanes()) != lane || other.equals(subject));
        return other;
    }

    private Object column(UUID id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select " + name + " from outbox_event where id = ?1").setParameter(1, id).getSingleResult());
    }
}
