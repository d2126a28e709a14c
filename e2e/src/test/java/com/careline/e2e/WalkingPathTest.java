package com.careline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careline.devinfra.DevTokens;
import com.careline.devinfra.Infrastructure;
import com.careline.devinfra.Ports;
import com.careline.devinfra.ServiceProcess;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite as ./run.sh runs it: the five built jars as processes on one PostgreSQL and one broker.
 * A complaint registered at complaint-service becomes a count at reporting-service.
 */
class WalkingPathTest {

    private static Infrastructure infra;
    private static DevTokens tokens;
    private static final Map<String, ServiceProcess> SERVICES = new HashMap<>();

    @BeforeAll
    static void startSuite() throws Exception {
        infra = Infrastructure.forTests(System.getenv());
        Path work = Files.createTempDirectory("careline-e2e");
        tokens = DevTokens.inDirectory(work.resolve("jwt"));
        Map<String, String> props = new HashMap<>(infra.serviceProperties());
        props.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        Path root = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();
        for (String name : ServiceProcess.NAMES) {
            SERVICES.put(name, ServiceProcess.start(root, name, Ports.free(), props, work.resolve("logs")));
        }
        for (ServiceProcess service : SERVICES.values()) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(service::isReady);
        }
    }

    @AfterAll
    static void stopSuite() {
        SERVICES.values().forEach(ServiceProcess::close);
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void everyServiceIsReadyOnItsDatabaseAndTheBroker() {
        for (ServiceProcess service : SERVICES.values()) {
            given().baseUri(service.url()).when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"),
                            "checks.name", hasItems("Database connections health check", "Kafka connection health check",
                                    "business-calendar"));
        }
    }

    /** The paths deploy/'s Kubernetes probes call (ManifestsTest checks the manifests use exactly these). */
    @Test
    void everyProbePathOfTheManifestsAnswers() {
        for (ServiceProcess service : SERVICES.values()) {
            for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                given().baseUri(service.url()).when().get(probe).then().statusCode(200).body("status", equalTo("UP"));
            }
        }
    }

    @Test
    void everyServiceDescribesItsApiAndServesMetrics() {
        for (ServiceProcess service : SERVICES.values()) {
            given().baseUri(service.url()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).body("info.title", equalTo("CareLine " + service.name()));
            given().baseUri(service.url()).when().get("/q/metrics")
                    .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        }
    }

    @Test
    void registeredComplaintIsCountedByReporting() {
        String branch = "E" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String agent = tokens.token("agent.e2e", "AGENT", branch, Duration.ofMinutes(10));
        String supervisor = tokens.token("supervisor.e2e", "SUPERVISOR", branch, Duration.ofMinutes(10));

        given().baseUri(SERVICES.get("complaint-service").url()).auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "DELAY", "customerName", "王先生",
                        "phone", "13800000001", "content", "快件已经延误三天，还没有送到"))
                .when().post("/api/complaints")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .baseUri(SERVICES.get("reporting-service").url()).auth().oauth2(supervisor)
                .when().get("/api/reports/complaints/registered")
                .then().statusCode(200).body("registered", equalTo(1), "byBranch[0].branch", equalTo(branch)));
    }

    @Test
    void callsWithoutATokenGetAProblem() {
        List<String> urls = new ArrayList<>();
        urls.add(SERVICES.get("complaint-service").url() + "/api/complaints/" + UUID.randomUUID());
        urls.add(SERVICES.get("reporting-service").url() + "/api/reports/complaints/registered");
        for (String url : urls) {
            given().when().get(url).then().statusCode(401).contentType("application/problem+json");
        }
    }
}
