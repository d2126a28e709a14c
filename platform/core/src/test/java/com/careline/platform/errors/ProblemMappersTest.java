package com.careline.platform.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ProblemMappersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void validationNamesEachInvalidField() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"colour\":\"RED\",\"pieces\":12,\"tags\":[\"a\",\"\",\"c\"]}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400), "type", equalTo("urn:careline:problem:invalid-request"),
                        "errors.field", hasItems("name", "pieces", "tags"),
                        "errors.find { it.field == 'pieces' }.reason", containsString("less than or equal to 9"));
    }

    @Test
    void aDecimalOutOfBoundsIsRefusedBeforeAnyCodeSeesIt() {
        for (String weight : new String[] {"1e-600000000", "1e300", "0.12345678901"}) {
            given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                    .body("{\"name\":\"x\",\"colour\":\"RED\",\"pieces\":1,\"weight\":" + weight + "}")
                    .when().post("/probe/orders")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("weight"), "errors[0].reason", containsString("at most 18 digits"));
        }
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"colour\":\"RED\",\"pieces\":1,\"weight\":12.5}")
                .when().post("/probe/orders")
                .then().statusCode(200).body("weight", equalTo(12.5f));
    }

    /**
     * #20: a step without input is posted without a body (curl -X POST, or REST Assured's empty form as here),
     * not refused as an unsupported type.
     */
    @Test
    void aRequestWithoutABodyIsAnEmptyOneNotAnUnsupportedType() {
        given().auth().oauth2(Tokens.agent("SZ")).when().post("/probe/notes")
                .then().statusCode(200).body(equalTo("no note"));
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body("{\"text\":\"hi\"}")
                .when().post("/probe/notes").then().statusCode(200).body(equalTo("hi"));
        given().auth().oauth2(Tokens.agent("SZ")).when().post("/probe/orders")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void twoWritesOfOneUniqueKeyAreAConflictNotAnError() {
        given().auth().oauth2(Tokens.agent("SZ")).when().post("/probe/twice")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:careline:problem:conflict"), "detail", containsString("inbox_event_pkey"),
                        "detail", not(containsString("Exception")));
    }

    @Test
    void queryParametersOfTheWrongTypeOrRangeAreA400NamingThem() {
        String[][] cases = {{"page", "abc"}, {"size", "1.5"}, {"page", "2147483647"}, {"from", "+999999999-12-31"},
            {"from", "1899-12-31"}, {"size", "201"}};
        for (String[] c : cases) {
            Map<String, String> query = new HashMap<>(Map.of("size", "200"));
            query.put(c[0], c[1]);
            given().auth().oauth2(Tokens.agent("SZ")).queryParams(query).when().get("/probe/pages")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(c[0]));
        }
        given().auth().oauth2(Tokens.agent("SZ")).queryParam("page", "500").queryParam("size", "200")
                .queryParam("from", "2026-11-30").when().get("/probe/pages")
                .then().statusCode(200).body("page", equalTo(500));
    }

    @Test
    void malformedJsonIsA400() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON).body("{\"name\": \"x\",")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not well-formed JSON"), "detail", not(containsString("Exception")));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"colour\":\"PURPLE\",\"pieces\":1}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"), "errors[0].reason", equalTo("must be one of RED, GREEN"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"colour\":\"RED\",\"pieces\":\"many\",\"due\":\"tomorrow\"}")
                .when().post("/probe/orders")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("pieces"), "errors[0].reason", equalTo("cannot be read as a number"));
    }

    @Test
    void missingBodyIsA400() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.JSON)
                .when().post("/probe/orders")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void ruleAcrossFieldsIsA400NamingTheField() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/probe/periods")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("to"), "errors[0].reason", equalTo("the period ends before it starts"));
    }

    @Test
    void notFoundIsA404() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/probe/missing/42")
                .then().statusCode(404).contentType(PROBLEM).body("detail", equalTo("order 42 not found"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/probe/nowhere/at/all")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void stateConflictIsA409() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/probe/closed")
                .then().statusCode(409).contentType(PROBLEM).body("detail", equalTo("order is closed"));
    }

    @Test
    void optimisticLockFailureIsA409WithoutInternals() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/probe/stale")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("changed by someone else"), "detail", not(containsString("transaction")));
    }

    @Test
    void missingTokenIsA401() {
        given().when().get("/probe/closed")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aTokenIssuedForAnotherApplicationIsA401() {
        given().auth().oauth2(Tokens.forAudience("billing", "AGENT", "SZ")).when().get("/probe/closed")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/probe/closed").then().statusCode(409);
    }

    @Test
    void forgedTokenIsA401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .when().get("/probe/closed")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIsA403() {
        given().auth().oauth2(Tokens.agent("SZ"))
                .when().get("/probe/managers")
                .then().statusCode(403).contentType(PROBLEM).body("title", equalTo("Forbidden"));
    }

    @Test
    void otherBranchIsHiddenAsA404AndHeadquartersSeesIt() {
        given().auth().oauth2(Tokens.agent("SZ")).when().get("/probe/branches/BJ")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.agent("HQ")).when().get("/probe/branches/BJ")
                .then().statusCode(200);
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() {
        given().auth().oauth2(Tokens.agent("SZ")).contentType(ContentType.XML).body("<order/>")
                .when().post("/probe/orders")
                .then().statusCode(415).contentType(PROBLEM).body("errors", not(hasItem("x")));
    }
}
