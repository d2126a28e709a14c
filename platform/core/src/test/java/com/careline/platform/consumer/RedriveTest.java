package com.careline.platform.consumer;

import static com.careline.platform.consumer.ConsumptionFixture.event;
import static com.careline.platform.consumer.ConsumptionFixture.subject;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventEnvelope;
import com.careline.platform.probe.ProbeConsumer;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Ops put parked records back into the consumer that parked them, through the OPS API. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class RedriveTest {

    private static final String API = "/api/ops/parked-events";

    @Inject
    ConsumptionFixture fixture;
    @Inject
    TestClock clock;

    @Test
    void aReplayOfAStillBadEventParksItAgainAndOneAfterTheFixAppliesItWithWhatItHeld() {
        String sw = "fix-" + UUID.randomUUID();
        String kase = subject();
        EventEnvelope bad = event(kase, Map.of("failUnless", sw));
        EventEnvelope second = event(kase, Map.of());
        EventEnvelope third = event(kase, Map.of());
        fixture.send(bad, second, third);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(third.id()).isPresent());
        UUID parkedId = fixture.parked(bad.id()).orElseThrow().id();

        given().auth().oauth2(ops()).post(API + "/" + parkedId + "/replay").then().statusCode(200)
                .body("replayed", equalTo(0)).body("parkedAgain", equalTo(1));
        ParkedEvent again = fixture.parked(bad.id()).orElseThrow();
        assertThat(again.status(), equalTo(ParkedStatus.PARKED));
        assertThat(again.attempts(), equalTo(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.deadLetters(parkedId), hasSize(2));
        assertThat(fixture.effects(kase), equalTo(0L));

        fixture.switchOn(sw);
        given().auth().oauth2(ops()).post(API + "/" + parkedId + "/replay").then().statusCode(200)
                .body("replayed", equalTo(3)).body("parkedAgain", equalTo(0));

        assertThat(fixture.appliedOrder(kase), equalTo(List.of(bad.id(), second.id(), third.id())));
        assertThat(fixture.parked(bad.id()).orElseThrow().status(), equalTo(ParkedStatus.REPLAYED));
        assertThat(fixture.parked(third.id()).orElseThrow().resolvedBy(), containsString("ops"));
        // asked twice: nothing open is left to replay, and nothing is applied twice
        given().auth().oauth2(ops()).post(API + "/" + parkedId + "/replay").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(ops()).contentType(ContentType.JSON).body("{\"consumer\":\"platform-probe\"}")
                .post(API + "/replay").then().statusCode(200);
        // the case runs on: its next event is applied, not held
        EventEnvelope fourth = event(kase, Map.of());
        fixture.send(fourth, bad);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.effects(fourth.id()), equalTo(1L));
        assertThat(fixture.parked(fourth.id()), equalTo(Optional.empty()));
        assertThat(fixture.effects(kase), equalTo(4L));
    }

    @Test
    void aReplayedEventTheConsumerNoLongerActsOnIsSettledWithoutAnEffect() {
        String kind = "dropped-" + UUID.randomUUID();
        EventEnvelope refused = event(subject(), Map.of("fail", true, "kind", kind));
        fixture.send(refused);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(refused.id()).isPresent());
        UUID id = fixture.parked(refused.id()).orElseThrow().id();

        // a later version of the consumer no longer acts on this kind of event
        ProbeConsumer.IGNORED_KINDS.add(kind);
        given().auth().oauth2(ops()).post(API + "/" + id + "/replay").then().statusCode(200)
                .body("replayed", equalTo(1)).body("parkedAgain", equalTo(0));

        ParkedEvent settled = fixture.parked(refused.id()).orElseThrow();
        assertThat(settled.status(), equalTo(ParkedStatus.REPLAYED));
        assertThat(settled.resolution(), equalTo("not an event this consumer acts on"));
        assertThat(fixture.effects(refused.id()), equalTo(0L));
    }

    @Test
    void discardingAParkedEventReleasesTheEventsItHeld() {
        String kase = subject();
        EventEnvelope refused = event(kase, Map.of("fail", true));
        EventEnvelope behind = event(kase, Map.of());
        fixture.send(refused, behind);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(behind.id()).isPresent());
        UUID id = fixture.parked(refused.id()).orElseThrow().id();

        given().auth().oauth2(ops()).contentType(ContentType.JSON).body("{}").post(API + "/" + id + "/discard")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ops()).contentType(ContentType.JSON).body("{\"reason\":\"sent by a test branch\"}")
                .post(API + "/" + id + "/discard").then().statusCode(200).body("replayed", equalTo(1));

        ParkedEvent discarded = fixture.parked(refused.id()).orElseThrow();
        assertThat(discarded.status(), equalTo(ParkedStatus.DISCARDED));
        assertThat(discarded.resolution(), equalTo("sent by a test branch"));
        assertThat(fixture.effects(refused.id()), equalTo(0L));
        assertThat(fixture.effects(behind.id()), equalTo(1L));
    }

    @Test
    void anEventAboutACaseNotSeenYetWaitsAndIsAppliedOnceTheCaseIsKnown() {
        String sw = "case-known-" + UUID.randomUUID();
        EventEnvelope early = event(subject(), Map.of("notYetUnless", sw));
        EventEnvelope never = event(subject(), Map.of("notYetUnless", "never-" + UUID.randomUUID()));
        fixture.send(early, never);

        // time is the test clock's: each poll moves it past the next try
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(early.id())
                .filter(p -> p.status() == ParkedStatus.WAITING && p.attempts() >= 2).isPresent() || tick());
        assertThat(fixture.effects(early.id()), equalTo(0L));
        fixture.switchOn(sw);

        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.effects(early.id()) == 1L || tick());
        assertThat(fixture.parked(early.id()).orElseThrow().status(), equalTo(ParkedStatus.REPLAYED));
        // three tries in the tests' configuration, then parked for ops
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(never.id())
                .filter(p -> p.status() == ParkedStatus.PARKED).isPresent() || tick());
        ParkedEvent gaveUp = fixture.parked(never.id()).orElseThrow();
        assertThat(gaveUp.attempts(), equalTo(3));
        assertThat(gaveUp.reason(), containsString("still not applicable after 3 tries"));
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.deadLetters(gaveUp.id()), hasSize(1));
    }

    @Test
    void opsListCountAndInspectParkedRecordsAndNobodyElseCan() {
        EventEnvelope refused = event(subject(), Map.of("fail", true));
        fixture.send(refused);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.parked(refused.id()).isPresent());
        UUID id = fixture.parked(refused.id()).orElseThrow().id();

        given().auth().oauth2(ops()).queryParam("status", "PARKED").queryParam("reason", "ASKED TO FAIL")
                .get(API).then().statusCode(200).body("total", greaterThanOrEqualTo(1))
                .body("items.find { it.id == '" + id + "' }.payload", equalTo(null));
        given().auth().oauth2(ops()).get(API + "/" + id).then().statusCode(200)
                .body("payload", containsString(refused.id().toString())).body("consumer", equalTo("platform-probe"));
        given().auth().oauth2(ops()).queryParam("consumer", "platform-probe").get(API + "/counts").then()
                .statusCode(200).body("find { it.status == 'PARKED' && it.reason == 'probe asked to fail' }.records",
                        greaterThanOrEqualTo(1));
        given().auth().oauth2(ops()).queryParam("status", "LOST").get(API).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.supervisor("HQ")).get(API).then().statusCode(403);
        given().get(API + "/counts").then().statusCode(401);
    }

    /** Moves the clock a minute on and answers false, so that an await polls again. */
    private boolean tick() {
        clock.advance(Duration.ofMinutes(1));
        return false;
    }

    private static String ops() {
        return Tokens.as("ops.oncall", "OPS", "HQ");
    }
}
