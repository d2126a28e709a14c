package com.careline.inquiry.customer;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Fresh phones and customers for the customer tests (phones are unique in the whole database). */
final class CustomerFixtures {

    private CustomerFixtures() {
    }

    /** A mobile number no other test uses, as 11 digits. */
    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A Shenzhen landline no other test uses, as the desk writes it: 0755-8xxxxxxx. */
    static String landline() {
        return "0755-8" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    static Map<String, Object> form(String name, String... phones) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("phones", List.of(phones));
        return form;
    }

    static Map<String, Object> address(String city, String line) {
        return Map.of("label", "仓库", "city", city, "line", line);
    }

    static JsonPath register(String token, Map<String, Object> form) {
        return send(token, "post", "/api/customers", form, 201);
    }

    static JsonPath send(String token, String method, String path, Object body, int status) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().request(method.toUpperCase(), path).then().statusCode(status).extract().jsonPath();
    }

    static JsonPath search(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/api/customers").then().statusCode(200)
                .extract().jsonPath();
    }
}
