package com.careline.platform.sla;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.Topics;
import com.careline.platform.security.Roles;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** One clock the ticker cannot escalate must not stop the others (issue: SLA ticker poison clock). */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class SlaQuarantineTest {

    @TestHTTPResource(value = "/health/well", management = true)
    URL wellness;

    @Inject
    SlaClocks clocks;
    @Inject
    SlaTicker ticker;
    @Inject
    SlaPolicyCheck check;
    @Inject
    TestClock clock;
    @Inject
    EventTap events;
    @Inject
    EntityManager em;

    @Test
    void aClockWhosePolicyIsGoneIsQuarantinedWhileTheOthersTickOn() {
        String good = startClock("probe-response");
        // due before the good one, so first in the tick's order: a breached clock of a kind no longer configured
        UUID gone = insertClock("probe-removed", "BREACHED", 1, clock.instant().plus(Duration.ofMinutes(30)));
        try {
            clock.advance(Duration.ofMinutes(61));
            ticker.tick();

            events.await(Topics.COMPLAINT_EVENTS, good, "complaint.escalated");
            assertThat((String) column(gone, "quarantine_reason"), containsString("no SLA policy for clock kind probe-removed"));
            assertThat(column(gone, "next_escalation_at"), nullValue());
            given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).when().get("/api/ops/sla-clocks/quarantined")
                    .then().statusCode(200).body("id", hasItem(gone.toString()));
            ticker.recount();
            given().when().get(wellness).then().statusCode(503)
                    .body("checks.find { it.name == 'sla-clocks' }.status", equalTo("DOWN"));
            given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).when().post("/api/ops/sla-clocks/" + gone + "/release")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("careline.sla.policies.probe-removed"));
        } finally {
            delete(gone);
            ticker.recount();
        }
    }

    @Test
    void aReleasedClockIsEscalatedAgain() {
        String caseId = startClock("probe-response");
        UUID id = QuarkusTransaction.requiringNew().call(() -> clocks.forCase(caseId).get(0).id());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update sla_clock set quarantined_at = now(), "
                + "quarantine_reason = 'test', next_escalation_at = null where id = ?1").setParameter(1, id)
                .executeUpdate());
        clock.advance(Duration.ofMinutes(61));
        ticker.tick();
        assertThat(level(id), is(0));

        given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).when().post("/api/ops/sla-clocks/" + id + "/release")
                .then().statusCode(200).body("id", equalTo(id.toString()));
        ticker.tick();

        assertThat(level(id), is(1));
        events.await(Topics.COMPLAINT_EVENTS, caseId, "complaint.escalated");
        given().auth().oauth2(Tokens.of(Roles.OPS, "HQ")).when().post("/api/ops/sla-clocks/" + id + "/release")
                .then().statusCode(409);
    }

    @Test
    void aClockAboveAShortenedLadderStaysAtItsTopRungAndTheOthersTickOn() {
        String good = startClock("probe-response");
        // probe-reply has one rung now; this clock was raised to it when the ladder had two
        UUID above = insertClock("probe-reply", "BREACHED", 1, clock.instant().plus(Duration.ofMinutes(30)));
        try {
            clock.advance(Duration.ofMinutes(61));
            ticker.tick();

            events.await(Topics.COMPLAINT_EVENTS, good, "complaint.escalated");
            assertThat(level(above), is(1));
            assertThat(column(above, "next_escalation_at"), nullValue());
            assertThat(column(above, "quarantined_at"), nullValue());
        } finally {
            delete(above);
        }
    }

    @Test
    void aRunningClockOfAKindWithoutPolicyFailsTheBootWithItsName() {
        UUID running = insertClock("probe-renamed", "RUNNING", 0, clock.instant().plus(Duration.ofDays(1)));
        try {
            assertThat(check.kindsWithoutPolicy(), hasItem("probe-renamed"));
            var failure = assertThrows(IllegalStateException.class, () -> check.atBoot(null));
            assertThat(failure.getMessage(), containsString("probe-renamed"));
        } finally {
            delete(running);
        }
    }

    private String startClock(String kind) {
        String caseId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> clocks.start(caseId, kind, "corr-" + caseId, "SZ"));
        return caseId;
    }

    private UUID insertClock(String kind, String state, int level, Instant nextEscalationAt) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into sla_clock (id, case_id, kind, correlation_id, branch, state, started_at, due_at, level,
                    next_escalation_at)
                values (?1, ?2, ?3, 'corr', 'SZ', ?4, ?5, ?6, ?7, ?8)""").setParameter(1, id)
                .setParameter(2, UUID.randomUUID().toString()).setParameter(3, kind).setParameter(4, state)
                .setParameter(5, now.minus(Duration.ofHours(2))).setParameter(6, now.minus(Duration.ofHours(1)))
                .setParameter(7, level).setParameter(8, nextEscalationAt).executeUpdate());
        return id;
    }

    private Object column(UUID id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select " + name + " from sla_clock where id = ?1").setParameter(1, id).getSingleResult());
    }

    private int level(UUID id) {
        return ((Number) column(id, "level")).intValue();
    }

    private void delete(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from sla_clock where id = ?1")
                .setParameter(1, id).executeUpdate());
    }
}
