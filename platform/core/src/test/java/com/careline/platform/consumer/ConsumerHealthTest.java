package com.careline.platform.consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.careline.platform.testing.CareLineInfra;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The consumers' health is a wellness check: it says how they are, without taking part in the probes. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ConsumerHealthTest {

    @Test
    void consumersReportInWellnessNotInReadinessOrLiveness() {
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'event-consumers' }.status", equalTo("UP"));
        given().get("/q/health/ready").then().body("checks.find { it.name == 'event-consumers' }", equalTo(null));
        given().get("/q/health/live").then().body("checks.find { it.name == 'event-consumers' }", equalTo(null));
    }
}
