package com.careline.reporting.complaints;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.RetentionOps;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Feed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * 001: a year after a complaint closed, reporting forgets its customer key (a phone number behind a hash); the
 * month's repeat-customer figure keeps its count; a held complaint keeps its key.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CustomerKeyRetentionTest {

    @Inject
    EventTap events;
    @Inject
    TestClock clock;
    @Inject
    EntityManager em;

    @Test
    void theKeyGoesTheCountStays() {
        Feed feed = new Feed(events);
        String branch = Feed.freshBranch();
        String customer = "K" + branch;
        UUID first = closed(feed, branch, customer, Feed.at("2025-06-02T10:00"));
        UUID second = closed(feed, branch, customer, Feed.at("2025-06-09T10:00"));
        UUID held = closed(feed, branch, customer, Feed.at("2025-06-16T10:00"));
        String supervisor = Tokens.supervisor(branch);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> report(supervisor)
                .body("repeatCustomers.find { it.customerKey == '" + customer + "' }.complaints", equalTo(3)));
        await().atMost(Duration.ofSeconds(30)).until(() -> closedAt(held) != null);
        RetentionOps.hold(held.toString());

        RetentionOps.runAt(clock, Feed.at("2026-06-17T10:00"));

        assertThat(key(first), nullValue());
        assertThat(key(second), nullValue());
        assertThat(key(held), is(customer));
        report(supervisor).body("repeatCustomers.size()", equalTo(1),
                "repeatCustomers[0].customerKey", startsWith("erased-"), "repeatCustomers[0].complaints", equalTo(3));
    }

    private static UUID closed(Feed feed, String branch, String customer, Instant at) {
        UUID id = feed.registered(branch, "PHONE", "DELAY", false, customer, at);
        feed.resolved(id, branch, at, at.plus(Duration.ofDays(1)));
        feed.closed(id, branch, at.plus(Duration.ofDays(6)));
        return id;
    }

    private io.restassured.response.ValidatableResponse report(String token) {
        return given().auth().oauth2(token).queryParam("month", "2025-06").when().get("/api/reports/complaints/monthly").then().statusCode(200);
    }

    private Object closedAt(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select closed_at from complaint_fact where complaint_id = :id").setParameter("id", id)
                .getResultStream().findFirst().orElse(null));
    }

    private String key(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select customer_key from complaint_fact where complaint_id = :id").setParameter("id", id)
                .getSingleResult());
    }
}
