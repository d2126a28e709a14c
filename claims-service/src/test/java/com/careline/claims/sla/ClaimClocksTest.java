package com.careline.claims.sla;

import static com.careline.claims.ClaimFixtures.DELAY_DOCUMENTS;
import static com.careline.claims.ClaimFixtures.approve;
import static com.careline.claims.ClaimFixtures.approver;
import static com.careline.claims.ClaimFixtures.form;
import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.hq;
import static com.careline.claims.ClaimFixtures.open;
import static com.careline.claims.ClaimFixtures.openWithDocuments;
import static com.careline.claims.ClaimFixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimClocks;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.sla.SlaTicker;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** 001: reply within 1 day, pay within 7 days of agreement; late ones escalate on the claim topic. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ClaimClocksTest {

    @Inject
    TestClock clock;
    @Inject
    SlaTicker ticker;
    @Inject
    EventTap events;

    @Test
    void aClaimNotRepliedToWithinOneDayEscalatesToTheSupervisor() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String id = open(agent, form()).getString("id");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        ticker.tick();

        Escalated escalated = escalation(id, ClaimClocks.REPLY);
        assertThat(escalated.level(), is(1));
        assertThat(escalated.escalateTo(), is("SUPERVISOR"));
        assertThat(escalated.branch(), is(branch));
        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("escalationLevel", equalTo(1),
                        "clocks.find { it.kind == 'claim-reply' }.state", equalTo("BREACHED"));
        given().auth().oauth2(agent).queryParam("overdue", true).when().get("/api/claims")
                .then().body("total", equalTo(1), "items[0].id", equalTo(id));
    }

    @Test
    void aReplyWithinTheDayMeetsTheClock() {
        String agent = Tokens.agent(freshBranch());
        String id = open(agent, form()).getString("id");

        clock.advance(Duration.ofHours(23));
        post(agent, "/api/claims/" + id + "/reply", Map.of("note", "已受理"), 200);
        clock.advance(Duration.ofHours(2));
        ticker.tick();

        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("clocks.find { it.kind == 'claim-reply' }.state", equalTo("MET"));
        assertThat(escalationOf(id, ClaimClocks.REPLY), is(Optional.empty()));
    }

    @Test
    void anAgreedClaimNotPaidWithinSevenDaysEscalatesToTheManager() {
        String agent = Tokens.agent(freshBranch());
        String id = openWithDocuments(agent, form(), DELAY_DOCUMENTS);
        post(hq("AGENT"), "/api/claims/" + id + "/assess", null, 200);
        approve(approver(), id, 200);
        post(agent, "/api/claims/" + id + "/agree", null, 200);

        clock.advance(Duration.ofDays(6));
        ticker.tick();
        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("clocks.find { it.kind == 'claim-payment' }.state", equalTo("RUNNING"));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        ticker.tick();

        assertThat(escalation(id, ClaimClocks.PAYMENT).escalateTo(), is("CS_MANAGER"));
        var paid = post(hq("AGENT"), "/api/claims/" + id + "/payments", Map.of("reference", "PAY-" + UUID.randomUUID()),
                200);
        assertThat(paid.getString("clocks.find { it.kind == 'claim-payment' }.state"), is("BREACHED"));
        // about a minute late (the database keeps microseconds, the test clock nanoseconds)
        assertThat(Duration.parse(paid.getString("clocks.find { it.kind == 'claim-payment' }.lateBy")).toSeconds(),
                is(both(greaterThanOrEqualTo(59L)).and(lessThanOrEqualTo(60L))));
    }

    private Escalated escalation(String id, String kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> escalationOf(id, kind), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<Escalated> escalationOf(String id, String kind) {
        return events.events(Topics.CLAIM_EVENTS, id).stream()
                .filter(e -> e.type().equals(ClaimEvents.ESCALATED))
                .map(e -> EventCodec.data(e, Escalated.class))
                .filter(e -> e.clockKind().equals(kind))
                .findFirst();
    }
}
