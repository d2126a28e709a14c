package com.careline.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import com.careline.platform.testing.CareLineInfra;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What ops and probes need (health, metrics, the API document) is on the management interface's own port, and
 * only there; Swagger UI is off unless a profile turns it on (the local one of ./run.sh does, prod does not,
 * and the tests run the defaults).
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ManagementInterfaceTest {

    // relative to the management interface's root, /q
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;
    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;
    @TestHTTPResource(value = "/swagger-ui/", management = true)
    URL swaggerUi;

    @Test
    void healthMetricsAndApiDocumentAnswerOnTheManagementPort() {
        assertEquals("/q/health/ready", readiness.getPath());
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
        given().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().queryParam("format", "json").get(openapi).then().statusCode(200)
                .body("openapi", containsString("3."));
    }

    @Test
    void theApiPortDoesNotServeThem() {
        for (String path : new String[] {"/q/health/ready", "/q/metrics", "/q/openapi"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void swaggerUiIsOffByDefault() {
        given().get(swaggerUi).then().statusCode(404);
    }
}
