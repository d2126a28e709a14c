package com.careline.inquiry.customer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careline.platform.testing.CareLineInfra;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Front ends generate their clients from the document (#20): every customer operation is described in it. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CustomerApiDocumentTest {

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @Test
    void everyCustomerOperationHasASummaryAnOperationIdAndItsProblems() {
        var api = given().queryParam("format", "json").get(openapi).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;

        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/customers")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                operations++;
                String what = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                Map<?, ?> responses = (Map<?, ?>) op.get("responses");
                if (op.get("summary") == null || op.get("operationId") == null) {
                    missing.add(what + ": summary or operationId");
                }
                if (responses.keySet().stream().noneMatch(code -> code.toString().startsWith("4"))) {
                    missing.add(what + ": no 4xx");
                }
                if (path.getKey().contains("{") && !responses.containsKey("404")) {
                    missing.add(what + ": no 404");
                }
            }
        }

        assertEquals(13, operations, "the customer operations in the document");
        assertTrue(api.getMap("paths.'/api/customers/{number}'.get.responses").containsKey("301"));
        assertEquals(List.of(), missing);
    }
}
