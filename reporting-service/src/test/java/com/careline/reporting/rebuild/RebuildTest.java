package com.careline.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Burst;
import com.careline.reporting.Feed;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class RebuildTest {

    @Inject
    EventTap events;

    @Inject
    EntityManager em;

    @Test
    void rebuildReplaysTheTopicsToTheSameFigures() {
        String branch = Feed.freshBranch();
        Feed feed = new Feed(events);
        feed.registered(branch, "PHONE", "DELAY", false, "X1", Feed.at("2024-07-03T10:00"));
        feed.registered(branch, "PHONE", "LOSS", true, "X1", Feed.at("2024-07-04T10:00"));
        awaitFigures(branch);

        given().auth().oauth2(Tokens.supervisor("HQ")).when().post("/api/reports/rebuild").then().statusCode(403);
        given().auth().oauth2(Tokens.of("OPS", "HQ")).when().post("/api/reports/rebuild")
                .then().statusCode(202).body("replaying.size()", equalTo(5));

        awaitFigures(branch);
    }

    /**
     * A rebuild while events stream in and are being applied: the polls in flight, and the records fetched
     * before the rewind, must not reach the emptied read models ahead of the earlier events of their cases.
     */
    @Test
    void rebuildWhileEventsArriveGivesWhatOneAtATimeGives() {
        Burst burst = Burst.of(Feed.freshBranch(), 300, 20261202, Feed.at("2023-08-28T08:00"));
        CompletableFuture<Void> streaming = CompletableFuture.runAsync(() -> Burst.trickle(burst.events()));
        await().atMost(Duration.ofSeconds(60)).until(() -> burst.applied(em) >= 30);

        given().auth().oauth2(Tokens.of("OPS", "HQ")).when().post("/api/reports/rebuild").then().statusCode(202);
        streaming.join();

        burst.awaitApplied(em, Duration.ofSeconds(120));
    }

    private static void awaitFigures(String branch) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(branch))
                .queryParam("month", "2024-07").when().get("/api/reports/complaints/monthly").then().statusCode(200)
                .body("total", equalTo(2), "major", equalTo(1), "repeatCustomers[0].complaints", equalTo(2)));
    }
}
