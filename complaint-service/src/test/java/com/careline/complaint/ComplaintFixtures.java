package com.careline.complaint;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.careline.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Fresh complaints for tests, registered through the API as an agent would. */
public final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    /** A plain delay complaint's form; change or add fields with {@link #with}. */
    public static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PHONE");
        form.put("category", "DELAY");
        form.put("customerName", "王先生");
        form.put("customerNumber", "C10001");
        form.put("phone", "13800000001");
        form.put("contact", "深圳市南山区科技园");
        form.put("waybillNo", "SF" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        form.put("content", "快件已经延误三天，还没有送到");
        return form;
    }

    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> form = form();
        form.put(field, value);
        return form;
    }

    /** Registers {@code form} as {@code token}'s user and returns the complaint as the API answered. */
    public static JsonPath register(String token, Map<String, Object> form) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(form)
                .when().post("/api/complaints")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A fresh branch code, so that list and hand-over tests see only their own complaints. */
    public static String freshBranch() {
        return "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "0");
    }

    /** An agent of {@code branch} with a fixed user id. */
    public static String agent(String user, String branch) {
        return Tokens.as(user, "AGENT", branch);
    }

    public static JsonPath post(String token, String path, Object body, int status) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post(path).then().statusCode(status).extract().jsonPath();
    }
}
