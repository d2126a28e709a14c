package com.careline.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

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
class KpiReportTest {

    @Inject
    EventTap events;

    @Test
    void kpisMatchAKnownSetOfComplaints() {
        String branch = Feed.freshBranch();
        Feed feed = new Feed(events);
        Instant t0 = Feed.at("2024-05-06T10:00");
        UUID quick = feed.registered(branch, "PHONE", "DELAY", false, "K1", t0);
        feed.acknowledged(quick, branch, t0.plus(Duration.ofMinutes(30)));
        feed.resolved(quick, branch, t0, t0.plus(Duration.ofHours(2)));
        Instant t1 = t0.plus(Duration.ofHours(1));
        UUID late = feed.registered(branch, "PHONE", "DELAY", false, "K2", t1);
        feed.escalated(late, branch, "complaint-first-response", 1, t1.plus(Duration.ofHours(1)));
        feed.acknowledged(late, branch, t1.plus(Duration.ofMinutes(90)));
        feed.resolved(late, branch, t1, t1.plus(Duration.ofDays(1)));
        feed.reopened(late, branch, t1.plus(Duration.ofDays(3)));
        UUID major = feed.registered(branch, "WEB", "DAMAGE", true, "K3", t1);
        feed.transferred(major, branch, t1.plus(Duration.ofMinutes(10)));
        feed.escalated(major, branch, "complaint-progress-report", 1, t1.plus(Duration.ofDays(4)));
        feed.escalated(major, branch, "complaint-progress-report", 2, t1.plus(Duration.ofDays(5)));
        feed.surveyed(quick, true, 5, 4, 5, 4, 5, t0.plus(Duration.ofDays(5)));
        feed.surveyed(late, false, 2, 2, 3, 2, 1, t1.plus(Duration.ofDays(5)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.supervisor(branch)).queryParam("from", "2024-05-01").queryParam("to", "2024-05-31")
                .when().get("/api/reports/kpis").then().statusCode(200).body(
                        "opened", equalTo(3), "resolved", equalTo(1), "open", equalTo(2), "overdue", equalTo(2),
                        "firstResponseP50", equalTo("PT1H"), "firstResponseP90", equalTo("PT1H24M"),
                        "resolutionP50", equalTo("PT2H"), "resolutionP90", equalTo("PT2H"),
                        "reopenRate", equalTo(0.3333f),
                        "slaAttainment.complaint-first-response", equalTo(0.6667f),
                        "slaAttainment.complaint-major-handoff", equalTo(1.0f),
                        "slaAttainment.complaint-progress-report", equalTo(0.6667f),
                        "slaAttainment.complaint-resolution", equalTo(1.0f),
                        "escalationsByLevel.1", equalTo(2), "escalationsByLevel.2", equalTo(1),
                        "satisfaction.surveys", equalTo(2), "satisfaction.satisfiedRate", equalTo(0.5f),
                        "satisfaction.reliability", equalTo(3.5f), "satisfaction.responsiveness", equalTo(3.0f)));
        given().auth().oauth2(Tokens.supervisor(branch)).queryParam("from", "2024-05-01").queryParam("to", "2024-05-31")
                .queryParam("channel", "WEB").when().get("/api/reports/kpis")
                .then().statusCode(200).body("opened", equalTo(1), "overdue", equalTo(1));
    }

    /** 003 (5): closing a complaint whose customer cannot be reached is the one exception, counted apart. */
    @Test
    void complaintsClosedAsUnreachableAreCountedApart() {
        String branch = Feed.freshBranch();
        Feed feed = new Feed(events);
        Instant t0 = Feed.at("2024-07-01T10:00");
        UUID satisfied = feed.registered(branch, "PHONE", "DELAY", false, "K1", t0);
        feed.resolved(satisfied, branch, t0, t0.plus(Duration.ofHours(2)));
        feed.closed(satisfied, branch, t0.plus(Duration.ofDays(5)));
        UUID unreachable = feed.registered(branch, "PHONE", "DELAY", false, "K2", t0);
        feed.resolved(unreachable, branch, t0, t0.plus(Duration.ofHours(3)));
        feed.closedUnreachable(unreachable, branch, t0.plus(Duration.ofDays(9)));
        // closed as unreachable, then the customer called back: open again, no longer counted
        UUID cameBack = feed.registered(branch, "PHONE", "DELAY", false, "K3", t0);
        feed.resolved(cameBack, branch, t0, t0.plus(Duration.ofHours(3)));
        feed.closedUnreachable(cameBack, branch, t0.plus(Duration.ofDays(9)));
        feed.reopened(cameBack, branch, t0.plus(Duration.ofDays(10)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.supervisor(branch)).queryParam("from", "2024-07-01").queryParam("to", "2024-07-31")
                .when().get("/api/reports/kpis").then().statusCode(200).body("opened", equalTo(3),
                        "closed", equalTo(2), "closedUnreachable", equalTo(1), "reopenRate", equalTo(0.3333f)));
    }

    @Test
    void aClockThatBreachesAgainAfterAReopenIsCountedTwiceAndARepeatedRungOnce() {
        String branch = Feed.freshBranch();
        Feed feed = new Feed(events);
        Instant t0 = Feed.at("2024-06-03T10:00");
        UUID id = feed.registered(branch, "PHONE", "DELAY", false, "K9", t0);
        Instant firstDue = t0.plus(Duration.ofDays(3));
        feed.escalated(id, branch, "complaint-resolution", 1, firstDue, firstDue.plus(Duration.ofMinutes(1)));
        // the same rung raised twice (two events of it): counted once
        feed.escalated(id, branch, "complaint-resolution", 1, firstDue, firstDue.plus(Duration.ofMinutes(2)));
        feed.resolved(id, branch, t0, t0.plus(Duration.ofDays(4)));
        feed.reopened(id, branch, t0.plus(Duration.ofDays(5)));
        Instant secondDue = t0.plus(Duration.ofDays(8));
        feed.escalated(id, branch, "complaint-resolution", 1, secondDue, secondDue.plus(Duration.ofMinutes(1)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.supervisor(branch)).queryParam("from", "2024-06-01").queryParam("to", "2024-06-30")
                .when().get("/api/reports/kpis").then().statusCode(200).body("escalationsByLevel.1", equalTo(2)));
    }

    @Test
    void periodEndingBeforeItStartsAndAnotherBranchAreRefused() {
        given().auth().oauth2(Tokens.supervisor("SZ")).queryParam("from", "2024-05-31").queryParam("to", "2024-05-01")
                .when().get("/api/reports/kpis").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.supervisor("SZ")).queryParam("branch", "BJ")
                .when().get("/api/reports/kpis").then().statusCode(404);
    }
}
