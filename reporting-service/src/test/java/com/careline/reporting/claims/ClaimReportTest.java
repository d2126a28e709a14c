package com.careline.reporting.claims;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Party;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Feed;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ClaimReportTest {

    @Inject
    EventTap events;

    @Test
    void claimsAmountsAndRatiosMatchTheEvents() {
        String branch = Feed.freshBranch();
        Instant at = Feed.at("2024-08-05T10:00");
        UUID damaged = opened(branch, "1000.00", at);
        send(damaged, ClaimEvents.PAID, new ClaimEvents.Paid(damaged, "n", branch, new BigDecimal("800.00"), "CNY",
                "PAY-1", "finance", at));
        send(damaged, ClaimEvents.RECOVERY_FILED, new ClaimEvents.RecoveryFiled(damaged, "n", branch, "CARRIER",
                "顺达物流", new BigDecimal("800.00"), "CNY", "R-1", "hq", at));
        send(damaged, ClaimEvents.RECOVERY_SETTLED, new ClaimEvents.RecoverySettled(damaged, "n", branch, "CARRIER",
                new BigDecimal("800.00"), new BigDecimal("400.00"), "CNY", "R-1", "hq", at));
        UUID lost = opened(branch, "3000.00", at.plus(Duration.ofDays(1)));
        send(lost, ClaimEvents.PAID, new ClaimEvents.Paid(lost, "n", branch, new BigDecimal("1200.00"), "CNY",
                "PAY-2", "finance", at));
        send(lost, ClaimEvents.PAID, new ClaimEvents.Paid(lost, "n", branch, new BigDecimal("1200.00"), "CNY",
                "PAY-2", "finance", at));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(branch))
                .queryParam("from", "2024-08-01").queryParam("to", "2024-08-31")
                .when().get("/api/reports/claims").then().statusCode(200).body(
                        "total.claims", equalTo(2), "total.claimed", equalTo(4000.0f), "total.paid", equalTo(2000.0f),
                        "total.recovered", equalTo(400.0f), "total.paidRatio", equalTo(0.5f),
                        "total.recoveryRatio", equalTo(0.2f),
                        "byBranch.key", contains(branch),
                        "byCounterparty.key", contains("none", "顺达物流"),
                        "byCounterparty.find { it.key == '顺达物流' }.recoveryRatio", equalTo(0.5f)));
    }

    /** A claim rejected under an exclusion clause and one withdrawn are counted apart, each once. */
    @Test
    void rejectedAndWithdrawnClaimsAreCounted() {
        String branch = Feed.freshBranch();
        Instant at = Feed.at("2024-10-08T10:00");
        UUID rejected = opened(branch, "500.00", at);
        UUID withdrawn = opened(branch, "700.00", at);
        opened(branch, "900.00", at);
        send(rejected, ClaimEvents.REJECTED, new ClaimEvents.Rejected(rejected, "n", branch, "违禁品不予赔偿",
                "内件为锂电池", "hq.manager", at));
        send(rejected, ClaimEvents.REJECTED, new ClaimEvents.Rejected(rejected, "n", branch, "违禁品不予赔偿",
                "内件为锂电池", "hq.manager", at));
        send(withdrawn, ClaimEvents.WITHDRAWN, new ClaimEvents.Withdrawn(withdrawn, "n", branch, "已协商解决",
                "agent", at));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(branch))
                .queryParam("from", "2024-10-01").queryParam("to", "2024-10-31")
                .when().get("/api/reports/claims").then().statusCode(200).body(
                        "total.claims", equalTo(3), "total.rejected", equalTo(1), "total.withdrawn", equalTo(1),
                        "byBranch[0].rejected", equalTo(1)));
    }

    /** A compensation claim superseded by a later decision on its complaint: only its successor counts. */
    @Test
    void aSupersededCompensationClaimIsLeftOutOfTheFigures() {
        String branch = Feed.freshBranch();
        Instant at = Feed.at("2024-11-08T10:00");
        UUID first = opened(branch, "300.00", at);
        opened(branch, "800.00", at.plusSeconds(3600));
        send(first, ClaimEvents.SUPERSEDED, new ClaimEvents.Superseded(first, "n", branch, "SZ202411000001",
                at.plusSeconds(3600), at.plusSeconds(3600)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(branch))
                .queryParam("from", "2024-11-01").queryParam("to", "2024-11-30")
                .when().get("/api/reports/claims").then().statusCode(200).body(
                        "total.claims", equalTo(1), "total.claimed", equalTo(800.0f), "total.withdrawn", equalTo(0)));
    }

    /**
     * Twelve claims, each opened then paid; the claims' events interleaved in a random order (a claim's own
     * order kept, as its partition key keeps it) and every event delivered twice: the same figures.
     */
    @Test
    void interleavedAndRedeliveredEventsGiveTheSameFigures() {
        String branch = Feed.freshBranch();
        Instant at = Feed.at("2024-09-10T10:00");
        List<Deque<EventEnvelope>> perClaim = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            UUID id = UUID.randomUUID();
            Deque<EventEnvelope> events = new ArrayDeque<>();
            events.add(envelope(id, ClaimEvents.OPENED, new ClaimEvents.Opened(id, "n" + i, branch, "SF" + i, "DAMAGE",
                    "王先生", new BigDecimal("5000"), false, null, new BigDecimal(100 * i), "CNY", null, "agent", at, Party.NONE)));
            events.add(envelope(id, ClaimEvents.PAID, new ClaimEvents.Paid(id, "n" + i, branch, new BigDecimal(50 * i),
                    "CNY", "PAY-" + id, "finance", at)));
            perClaim.add(events);
        }
        Random random = new Random(20261126);
        List<EventEnvelope> delivered = new ArrayList<>();
        while (perClaim.stream().anyMatch(q -> !q.isEmpty())) {
            Deque<EventEnvelope> next = perClaim.get(random.nextInt(perClaim.size()));
            if (!next.isEmpty()) {
                EventEnvelope event = next.poll();
                delivered.add(event);
                delivered.add(event);
            }
        }
        delivered.forEach(event -> events.send(Topics.CLAIM_EVENTS, event));

        // 12 claims of 100..1200 and payments of 50..600
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(branch))
                .queryParam("from", "2024-09-01").queryParam("to", "2024-09-30")
                .when().get("/api/reports/claims").then().statusCode(200).body(
                        "total.claims", equalTo(12), "total.claimed", equalTo(7800.0f), "total.paid", equalTo(3900.0f),
                        "total.paidRatio", equalTo(0.5f)));
    }

    private UUID opened(String branch, String claimed, Instant at) {
        UUID id = UUID.randomUUID();
        send(id, ClaimEvents.OPENED, new ClaimEvents.Opened(id, "n", branch, "SF1", "DAMAGE", "王先生",
                new BigDecimal("5000"), false, null, new BigDecimal(claimed), "CNY", null, "agent", at, Party.NONE));
        return id;
    }

    /** Each event gets its own id: the second PAY-2 is a republished payment, which must count once. */
    private void send(UUID claim, String type, Object data) {
        events.send(Topics.CLAIM_EVENTS, envelope(claim, type, data));
    }

    private static EventEnvelope envelope(UUID claim, String type, Object data) {
        return EventCodec.envelope(type, "careline/claims-service", claim.toString(), claim.toString(), Instant.now(),
                data);
    }
}
