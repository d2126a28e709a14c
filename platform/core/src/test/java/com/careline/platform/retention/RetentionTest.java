package com.careline.platform.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.security.Roles;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import com.careline.platform.timeline.Timeline;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * 001: a year after a case closed, its personal data goes (the service's {@link PersonalData}, its timeline
 * details, its settled parked records), unless the case is on legal hold; time is moved, not waited for.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    @Inject
    TestClock clock;
    @Inject
    EntityManager em;
    @Inject
    Timeline timeline;

    private final String ops = Tokens.as("ops.retention", Roles.OPS, "HQ");

    @Test
    void aYearAfterClosingPersonalDataIsErasedUnlessTheCaseIsOnLegalHold() {
        Instant start = clock.instant();
        UUID old = closedCase(start);
        UUID held = closedCase(start);
        UUID parkedReplayed = parked(old.toString(), "REPLAYED", start);
        given().auth().oauth2(ops).contentType(ContentType.JSON).body(Map.of("reason", "诉讼中 lawsuit 2026-118"))
                .when().put("/api/ops/retention/legal-holds/" + held).then().statusCode(200)
                .body("heldBy", equalTo("ops.retention"));
        try {
            clock.advance(Duration.ofDays(366));
            UUID recent = closedCase(clock.instant().minus(Duration.ofDays(10)));

            given().auth().oauth2(ops).when().post("/api/ops/retention/run").then().statusCode(200)
                    .body("erasedCases.probe", equalTo(1));

            assertThat(person(old), is(""));
            assertThat(erasedAt(old), notNullValue());
            assertThat(timeline.of(old.toString()).get(0).detail(), is(Retention.ERASED));
            assertThat(parkedStatus(parkedReplayed), nullValue());
            assertThat(person(held), is("王先生 13800000000"));
            assertThat(timeline.of(held.toString()).get(0).detail(), is("called 王先生"));
            assertThat(person(recent), is("王先生 13800000000"));

            given().auth().oauth2(ops).when().delete("/api/ops/retention/legal-holds/" + held).then().statusCode(204);
            given().auth().oauth2(ops).when().post("/api/ops/retention/run").then().statusCode(200)
                    .body("erasedCases.probe", equalTo(1));
            assertThat(person(held), is(""));
            given().auth().oauth2(ops).when().post("/api/ops/retention/run").then().statusCode(200)
                    .body("erasedCases.probe", equalTo(0));
        } finally {
            clock.set(start);
        }
    }

    @Test
    void holdsAreForOpsAndTheGeneralManagerAndNeedAReason() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of(Roles.AGENT, "SZ")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().put("/api/ops/retention/legal-holds/" + id).then().statusCode(403);
        given().auth().oauth2(ops).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().put("/api/ops/retention/legal-holds/" + id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.GENERAL_MANAGER, "HQ")).contentType(ContentType.JSON)
                .body(Map.of("reason", "监管调查")).when().put("/api/ops/retention/legal-holds/" + id)
                .then().statusCode(200);
        given().auth().oauth2(ops).when().get("/api/ops/retention/legal-holds").then().statusCode(200)
                .body("find { it.caseId == '" + id + "' }.reason", equalTo("监管调查"));
        given().auth().oauth2(ops).when().delete("/api/ops/retention/legal-holds/" + id).then().statusCode(204);
        given().auth().oauth2(ops).when().delete("/api/ops/retention/legal-holds/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.GENERAL_MANAGER, "HQ")).when().post("/api/ops/retention/run")
                .then().statusCode(403);
    }

    private UUID closedCase(Instant closedAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into probe_case (id, person, closed_at) values (:id, :p, :at)")
                    .setParameter("id", id).setParameter("p", "王先生 13800000000").setParameter("at", closedAt)
                    .executeUpdate();
            timeline.record(id.toString(), "agent.sz", "called", "called 王先生");
        });
        return id;
    }

    private UUID parked(String subject, String status, Instant at) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into parked_event (id, consumer, kafka_topic, kafka_partition, kafka_offset, subject, payload,
                    status, reason, parked_at, resolved_at)
                values (:id, 'retention-test', 't', 0, :offset, :subject, '{"name":"王先生"}', :status, 'x', :at, :at)""")
                .setParameter("id", id).setParameter("offset", System.nanoTime()).setParameter("subject", subject)
                .setParameter("status", status).setParameter("at", at).executeUpdate());
        return id;
    }

    private String person(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select person from probe_case where id = :id").setParameter("id", id).getSingleResult());
    }

    private Object erasedAt(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select erased_at from probe_case where id = :id").setParameter("id", id).getSingleResult());
    }

    private Object parkedStatus(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select status from parked_event where id = :id").setParameter("id", id).getResultStream()
                .findFirst().orElse(null));
    }
}
