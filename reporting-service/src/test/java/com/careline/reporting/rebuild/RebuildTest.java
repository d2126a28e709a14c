package com.careline.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Burst;
import com.careline.reporting.Feed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The rebuild fills fresh tables from the topics while the live ones serve, and swaps them in. The live
 * figures are falsified first (as a projection bug would have left them), so that the test can tell which
 * tables answer.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RebuildTest {

    @Inject
    EventTap events;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @Order(1)
    void theLiveTablesServeUntilTheRebuiltOnesAreSwappedIn() {
        String branch = twoComplaints();
        falsify(branch);
        awaitTotal(branch, 99);
        // the case search consumes the same topics but is no projection: the swap keeps its inbox rows
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from case_index where branch = '" + branch + "'") == 2);
        long searched = count("select count(*) from inbox_event where consumer like 'search.%'");
        assertTrue(searched >= 2, "the search recorded the two registrations in its inbox");

        given().auth().oauth2(Tokens.supervisor("HQ")).when().post("/api/reports/rebuild").then().statusCode(403);
        String run = ops().when().post("/api/reports/rebuild").then().statusCode(202)
                .body("status", equalTo("RUNNING"), "requestedBy", equalTo("ops-rebuild")).extract().path("id");

        // every look while the run fills its own tables sees the live ones, untouched
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = ops().when().get("/api/reports/rebuild").then().statusCode(200)
                    .body("id", equalTo(run)).extract().path("status");
            int total = total(branch);
            assertTrue(total == 99 || total == 2, "the live figures or the rebuilt ones, got " + total);
            return "DONE".equals(status) && total == 2;
        });
        // the worker drops the run's schema right after the swap's commit, which made the run DONE
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuildSchemas().isEmpty());
        assertTrue(count("select count(*) from inbox_event where consumer like 'search.%'") >= searched,
                "the search's inbox rows are carried over the swap");
    }

    /** The live consumers go on during the run and after the swap: every event counts once, in order. */
    @Test
    @Order(2)
    void aRebuildWhileEventsArriveGivesWhatOneAtATimeGives() {
        Burst burst = Burst.of(Feed.freshBranch(), 300, 20261202, Feed.at("2023-08-28T08:00"));
        CompletableFuture<Void> streaming = CompletableFuture.runAsync(() -> Burst.trickle(burst.events()));
        await().atMost(Duration.ofSeconds(60)).until(() -> burst.applied(em) >= 30);

        ops().when().post("/api/reports/rebuild").then().statusCode(202);
        streaming.join();

        awaitStatus("DONE");
        burst.awaitApplied(em, Duration.ofSeconds(120));
    }

    /**
     * A pod that loses its run (its database session ends, as when the pod dies) is replaced: the run is
     * taken up again where its consumer group stands and finishes. A live batch
     * that does not end (the shared swap lock held here) keeps the swap waiting; meanwhile a second run is
     * refused.
     */
    @Test
    @Order(3)
    void aRunWhosePodGoesAwayIsTakenUpAgain() throws Exception {
        String branch = twoComplaints();
        falsify(branch);
        try (Connection liveBatch = liveBatch()) {
            ops().when().post("/api/reports/rebuild").then().statusCode(202);
            ops().when().post("/api/reports/rebuild").then().statusCode(409)
                    .body("detail", containsString("is running since"));
            await().atMost(Duration.ofSeconds(60)).until(() -> lagOfRun() != null && lagOfRun() <= 500);

            List<Integer> holder = holders();
            assertEquals(1, holder.size(), "one session holds the run");
            terminate(holder.get(0));
            await().atMost(Duration.ofSeconds(30)).until(() -> holders().size() == 1 && !holders().equals(holder));
            assertEquals(99, total(branch), "still the live tables while the swap waits");
            liveBatch.rollback();
        }
        awaitStatus("DONE");
        awaitTotal(branch, 2);
    }

    @Test
    @Order(4)
    void aCancelledRunDropsItsTablesAndTheLiveOnesStay() throws Exception {
        String branch = twoComplaints();
        falsify(branch);
        try (Connection liveBatch = liveBatch()) {
            ops().when().post("/api/reports/rebuild").then().statusCode(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> rebuildSchemas().size() == 1);
            ops().when().delete("/api/reports/rebuild").then().statusCode(200)
                    .body("status", equalTo("CANCELLED"), "note", equalTo("cancelled by ops-rebuild"));
            await().atMost(Duration.ofSeconds(30)).until(() -> rebuildSchemas().isEmpty());
            liveBatch.rollback();
        }
        assertEquals(99, total(branch));
        ops().when().delete("/api/reports/rebuild").then().statusCode(409);
    }

    /** Last: it deletes the first records of a partition, so no later rebuild could be complete. */
    @Test
    @Order(5)
    void aRebuildIsRefusedOnceRetentionDeletedPartOfTheHistory() throws Exception {
        twoComplaints();
        TopicPartition partition;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            String topic = "careline.complaint.events";
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            partition = ends.entrySet().stream().filter(e -> e.getValue().offset() > 0).map(Map.Entry::getKey)
                    .findFirst().orElseThrow();
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(1))).all().get(30, TimeUnit.SECONDS);
        }
        String before = ops().when().get("/api/reports/rebuild").then().extract().path("id");

        ops().when().post("/api/reports/rebuild").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(partition + " (starts at offset 1)"));
        ops().when().get("/api/reports/rebuild").then().body("id", equalTo(before));
    }

    /** A live projection's transaction that does not end: it keeps a swap waiting until it is rolled back. */
    private Connection liveBatch() throws java.sql.SQLException {
        Connection batch = dataSource.getConnection();
        batch.setAutoCommit(false);
        try (Statement s = batch.createStatement()) {
            s.execute("select pg_advisory_xact_lock_shared(" + SwapLock.KEY + ")");
        }
        return batch;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private String twoComplaints() {
        String branch = Feed.freshBranch();
        Feed feed = new Feed(events);
        feed.registered(branch, "PHONE", "DELAY", false, "X1", Feed.at("2024-07-03T10:00"));
        feed.registered(branch, "PHONE", "LOSS", true, "X1", Feed.at("2024-07-04T10:00"));
        awaitTotal(branch, 2);
        return branch;
    }

    /** What a projection bug would have left behind: a rebuild with the right code gives 2 again. */
    private void falsify(String branch) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update complaint_monthly set registered = registered + 97 where branch = :branch and category = 'DELAY'")
                .setParameter("branch", branch).executeUpdate());
    }

    private static RequestSpecification ops() {
        return given().auth().oauth2(Tokens.as("ops-rebuild", "OPS", "HQ"));
    }

    private static void awaitStatus(String status) {
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> ops().when().get("/api/reports/rebuild")
                .then().statusCode(200).body("status", equalTo(status)));
    }

    private static int total(String branch) {
        return given().auth().oauth2(Tokens.supervisor(branch)).queryParam("month", "2024-07")
                .when().get("/api/reports/complaints/monthly").then().statusCode(200).extract().path("total");
    }

    private static void awaitTotal(String branch, int total) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(total, total(branch)));
    }

    private Long lagOfRun() {
        List<?> lag = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select lag from rebuild_run where status = 'RUNNING'").getResultList());
        return lag.isEmpty() || lag.get(0) == null ? null : ((Number) lag.get(0)).longValue();
    }

    /** The sessions that hold the run's advisory lock. */
    @SuppressWarnings("unchecked")
    private List<Integer> holders() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select pid from pg_locks where locktype = 'advisory' and granted and objsubid = 1
                    and ((classid::bigint << 32) | objid::bigint) = :key""")
                .setParameter("key", Claim.KEY).getResultList());
    }

    /** Ends a session, as the death of its pod does. */
    private void terminate(int pid) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("select pg_terminate_backend(:pid)")
                .setParameter("pid", pid).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<String> rebuildSchemas() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select schema_name from information_schema.schemata where schema_name like 'reporting\\_rebuild\\_%'")
                .getResultList());
    }
}
