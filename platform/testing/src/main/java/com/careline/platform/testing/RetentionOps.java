package com.careline.platform.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The retention API (com.careline.platform.retention) as ops call it, for the services' retention tests. */
public final class RetentionOps {

    private RetentionOps() {
    }

    /** Places a legal hold on {@code caseId}. */
    public static void hold(String caseId) {
        given().auth().oauth2(Tokens.of("OPS", "HQ")).contentType("application/json")
                .body(Map.of("reason", "诉讼 lawsuit (test)")).when().put("/api/ops/retention/legal-holds/" + caseId)
                .then().statusCode(200);
    }

    /** Runs the retention job as if {@code later} had passed, then puts the clock back. */
    public static void runAfter(TestClock clock, Duration later) {
        runAt(clock, clock.instant().plus(later));
    }

    /** Runs the retention job with the clock at {@code at}, then puts it back. */
    public static void runAt(TestClock clock, Instant at) {
        Instant start = clock.instant();
        try {
            clock.set(at);
            given().auth().oauth2(Tokens.of("OPS", "HQ")).when().post("/api/ops/retention/run").then().statusCode(200);
        } finally {
            clock.set(start);
        }
    }
}
