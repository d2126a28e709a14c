package com.careline.reporting.claims;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
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

    private UUID opened(String branch, String claimed, Instant at) {
        UUID id = UUID.randomUUID();
        send(id, ClaimEvents.OPENED, new ClaimEvents.Opened(id, "n", branch, "SF1", "DAMAGE", "王先生",
                new BigDecimal("5000"), false, null, new BigDecimal(claimed), "CNY", null, "agent", at));
        return id;
    }

    /** Each event gets its own id: the second PAY-2 is a republished payment, which must count once. */
    private void send(UUID claim, String type, Object data) {
        events.send(Topics.CLAIM_EVENTS, EventCodec.envelope(type, "careline/claims-service", claim.toString(),
                claim.toString(), Instant.now(), data));
    }
}
