package com.careline.platform.consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import com.careline.platform.testing.CareLineInfra;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The consumers' health is a wellness check: it says how they are, without taking part in the probes. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ConsumerHealthTest {

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void consumersReportInWellnessNotInReadinessOrLiveness() {
        given().get(health + "/well").then().statusCode(200)
                .body("checks.find { it.name == 'event-consumers' }.status", equalTo("UP"));
        given().get(health + "/ready").then().body("checks.find { it.name == 'event-consumers' }", equalTo(null));
        given().get(health + "/live").then().body("checks.find { it.name == 'event-consumers' }", equalTo(null));
    }
}
