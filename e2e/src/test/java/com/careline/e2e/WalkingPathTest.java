package com.careline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careline.devinfra.ServiceProcess;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The suite as ./run.sh runs it: the five built jars as processes on one PostgreSQL and one broker.
 * A complaint registered at complaint-service becomes a count at reporting-service.
 */
@ExtendWith(RunningSuite.class)
class WalkingPathTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void everyServiceIsReadyOnItsDatabaseAndReportsTheBrokerApart() {
        for (ServiceProcess service : suite.services().values()) {
            given().baseUri(service.managementUrl()).when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"),
                            "checks.name", hasItems("Database connections health check", "business-calendar"),
                            "checks.name", not(hasItem("Kafka connection health check")));
            given().baseUri(service.managementUrl()).when().get("/q/health/well")
                    .then().body("checks.name", hasItems("kafka-broker", "event-consumers", "sla-clocks"));
        }
    }

    /** The paths deploy/'s Kubernetes probes call (ManifestsTest checks the manifests use exactly these). */
    @Test
    void everyProbePathOfTheManifestsAnswers() {
        for (ServiceProcess service : suite.services().values()) {
            for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                given().baseUri(service.managementUrl()).when().get(probe).then().statusCode(200)
                        .body("status", equalTo("UP"));
            }
        }
    }

    /** The API's port serves the API only; what ops and probes need is on the management port. */
    @Test
    void healthMetricsAndApiDocsAreOnTheManagementPortOnly() {
        for (ServiceProcess service : suite.services().values()) {
            for (String path : List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                given().baseUri(service.url()).when().get(path).then().statusCode(404);
            }
            // ./run.sh and these tests run the local profile, which keeps Swagger UI on (prod has it off)
            given().baseUri(service.managementUrl()).when().get("/q/swagger-ui/").then().statusCode(200)
                    .body(containsString("swagger"));
        }
    }

    @Test
    void everyServiceDescribesItsApiAndServesMetrics() {
        for (ServiceProcess service : suite.services().values()) {
            given().baseUri(service.managementUrl()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo("CareLine " + service.name()));
            given().baseUri(service.managementUrl()).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        }
    }

    @Test
    void registeredComplaintIsCountedByReporting() {
        String branch = "E" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String agent = suite.token("agent.e2e", "AGENT", branch);
        String supervisor = suite.token("supervisor.e2e", "SUPERVISOR", branch);

        given().baseUri(suite.url("complaint-service")).auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "DELAY", "customerName", "王先生",
                        "phone", "13800000001", "content", "快件已经延误三天，还没有送到"))
                .when().post("/api/complaints")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .baseUri(suite.url("reporting-service")).auth().oauth2(supervisor)
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(200).body("registered", equalTo(1), "byBranch[0].branch", equalTo(branch)));
    }

    @Test
    void callsWithoutATokenGetAProblem() {
        List<String> urls = new ArrayList<>();
        urls.add(suite.url("complaint-service") + "/api/complaints/" + UUID.randomUUID());
        urls.add(suite.url("reporting-service") + "/api/reports/complaints/registered");
        for (String url : urls) {
            given().when().get(url).then().statusCode(401).contentType("application/problem+json");
        }
    }
}
