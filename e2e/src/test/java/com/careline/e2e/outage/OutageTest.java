package com.careline.e2e.outage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.careline.devinfra.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What happens to the built services when the things under them fail: the broker goes away and comes back
 * while complaints are being registered, PostgreSQL goes away and comes back, and complaint-service is
 * killed with SIGKILL in the middle of escalating. Runs on servers of its own, as it stops them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageTest {

    private static final String COMPLAINTS = "complaint-service";
    private static final String REPORTING = "reporting-service";
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    private static RestartableInfra infra;

    @BeforeAll
    static void start() throws Exception {
        infra = new RestartableInfra();
        infra.start(COMPLAINTS, Map.of());
        infra.start(REPORTING, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (infra != null) {
            infra.close();
        }
    }

    /**
     * Thousands of clocks fall due at once; the ticker escalates them in batches, one transaction each, and
     * the process is killed when the first batches have committed. After the restart every clock has been
     * escalated, and exactly once: one event staged per clock, and reporting has one row per rung.
     */
    @Test
    @Order(1)
    void killedWhileEscalatingRaisesEachEscalationOnceAfterRestart() throws Exception {
        int clocks = 6_000;
        try (Connection db = infra.database("careline_complaint")) {
            db.createStatement().executeUpdate("""
                    insert into sla_clock (id, case_id, kind, correlation_id, branch, state, started_at, due_at,
                                           level, next_escalation_at)
                    select gen_random_uuid(), gen_random_uuid()::text, 'complaint-first-response', 'crash-' || g,
                           'CRASH', 'RUNNING', now() - interval '61 minutes', now() - interval '1 minute',
                           0, now() - interval '1 minute'
                    from generate_series(1, %d) g""".formatted(clocks));
            await().atMost(RECOVERY).pollInterval(Duration.ofMillis(20))
                    .until(() -> escalationsStaged(db) > 0);
            infra.service(COMPLAINTS).kill();
            long beforeCrash = escalationsStaged(db);
            System.out.printf("complaint-service killed after %d of %d escalations%n", beforeCrash, clocks);
            assertTrue(beforeCrash < clocks, "the ticker had finished before the kill: " + beforeCrash);

            infra.restart(COMPLAINTS);
            await().atMost(RECOVERY).until(() -> escalationsStaged(db) >= clocks);
            assertEquals(clocks, scalar(db, """
                    select count(distinct subject) from outbox_event where type = 'complaint.escalated'"""));
            assertEquals(clocks, escalationsStaged(db), "an escalation was staged twice");
            assertEquals(clocks, scalar(db, "select count(*) from sla_clock where branch = 'CRASH' and level = 1"));
        }
        try (Connection reporting = infra.database("careline_reporting")) {
            await().atMost(RECOVERY).until(() -> scalar(reporting, "select count(*) from complaint_escalation") >= clocks);
            assertEquals(clocks, scalar(reporting, "select count(*) from complaint_escalation where level = 1"));
        }
    }

    /**
     * Agents go on registering while the broker is down: the events wait in the outbox, readiness stays UP
     * (a Kubernetes Service keeps routing to the pod) while the broker check and the outbox backlog's age say
     * what is wrong, and once the broker is back every complaint reaches reporting and is counted once.
     */
    @Test
    @Order(2)
    void brokerRestartWhileRegisteringLosesNothingAndCountsNothingTwice() throws Exception {
        String branch = "BR" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Set<String> registered = ConcurrentHashMap.newKeySet();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService agents = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> loops = List.of(
                    agents.submit(() -> registerWhile(running, branch, registered, failures)),
                    agents.submit(() -> registerWhile(running, branch, registered, failures)));
            await().atMost(RECOVERY).until(() -> registered.size() >= 20);

            infra.stopBroker();
            ServiceProcess complaints = infra.service(COMPLAINTS);
            // the broker is reported on its own; readiness (what a Service routes by) stays UP
            await().atMost(RECOVERY).until(() -> brokerCheck(complaints).equals("DOWN"));
            int whenDown = registered.size();
            await().atMost(RECOVERY).until(() -> registered.size() >= whenDown + 20);
            assertTrue(complaints.isReady(), "readiness followed the broker: the pod would leave its Service");
            await().atMost(RECOVERY).until(() -> metric(complaints, "careline_outbox_oldest_pending_seconds") > 0);

            infra.startBroker();
            await().atMost(RECOVERY).until(() -> brokerCheck(complaints).equals("UP"));
            assertTrue(complaints.isReady());
            int whenBack = registered.size();
            await().atMost(RECOVERY).until(() -> registered.size() >= whenBack + 20);
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
        } finally {
            running.set(false);
            agents.shutdownNow();
        }

        assertEquals(List.of(), failures, "registrations failed while the broker was away");
        try (Connection reporting = infra.database("careline_reporting")) {
            await().atMost(RECOVERY).until(() -> scalar(reporting,
                    "select count(*) from complaint_fact where branch = '" + branch + "'") >= registered.size());
            assertEquals(registered.size(), scalar(reporting,
                    "select count(*) from complaint_fact where branch = '" + branch + "'"));
            // the pre-aggregated month counts are increments: an event acted on twice would show here
            assertEquals(registered.size(), scalar(reporting,
                    "select coalesce(sum(registered), 0) from complaint_monthly where branch = '" + branch + "'"));
        }
        await().atMost(RECOVERY).until(infra.service(REPORTING)::isReady);
    }

    /** Without its database a service says so: readiness DOWN, 503 problem+json; it recovers by itself. */
    @Test
    @Order(3)
    void databaseOutageAnswers503AndRecoversByItself() throws Exception {
        ServiceProcess complaints = infra.service(COMPLAINTS);
        String agent = infra.token("agent.outage", "AGENT", "DB01");

        infra.stopPostgres();
        try {
            await().atMost(RECOVERY).until(() -> !complaints.isReady());
            given().baseUri(complaints.managementUrl()).when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"));
            Response register = register(complaints, agent, "DB01");
            register.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("status", equalTo(503));
            given().baseUri(complaints.url()).auth().oauth2(agent).when().get("/api/complaints")
                    .then().statusCode(503).contentType("application/problem+json");
        } finally {
            infra.startPostgres();
        }

        await().atMost(RECOVERY).until(complaints::isReady);
        String id = register(complaints, agent, "DB01").then().statusCode(201).extract().path("id");
        given().baseUri(complaints.url()).auth().oauth2(agent).when().get("/api/complaints")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    private static void registerWhile(AtomicBoolean running, String branch, Set<String> registered,
            List<String> failures) {
        String agent = infra.token("agent.outage", "AGENT", branch);
        ServiceProcess complaints = infra.service(COMPLAINTS);
        while (running.get()) {
            Response response = register(complaints, agent, branch);
            if (response.statusCode() == 201) {
                registered.add(response.path("id"));
            } else {
                failures.add(response.statusCode() + " " + response.asString());
            }
        }
    }

    private static Response register(ServiceProcess complaints, String agent, String branch) {
        return given().baseUri(complaints.url()).auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "DELAY", "customerName", "王先生",
                        "phone", "13800000001", "content", "快件延误，分部 " + branch))
                .when().post("/api/complaints");
    }

    private static long escalationsStaged(Connection db) throws SQLException {
        return scalar(db, "select count(*) from outbox_event where type = 'complaint.escalated'");
    }

    /** The status of the service's {@code kafka-broker} check on {@code /q/health/well}. */
    private static String brokerCheck(ServiceProcess service) {
        return given().baseUri(service.managementUrl()).when().get("/q/health/well").then().extract().jsonPath()
                .getString("checks.find { it.name == 'kafka-broker' }.status");
    }

    /** A gauge's value from {@code /q/metrics} (Prometheus text), 0 when absent. */
    private static double metric(ServiceProcess service, String name) {
        String text = given().baseUri(service.managementUrl()).when().get("/q/metrics").then().statusCode(200).extract()
                .asString();
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).max().orElse(0);
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
