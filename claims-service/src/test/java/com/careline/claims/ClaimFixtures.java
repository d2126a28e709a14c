package com.careline.claims;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.careline.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Fresh claims for tests, opened and documented through the API as a branch agent would. */
public final class ClaimFixtures {

    /** The documents a DELAY claim needs by default (application.properties), uninsured. */
    public static final String[] DELAY_DOCUMENTS = {"INCIDENT_NOTICE", "BILL_OF_LADING", "TRANSPORT_CONTRACT"};

    private ClaimFixtures() {
    }

    /** An uninsured DELAY claim: declared 5000, freight 20, claimed 1000 (CNY). */
    public static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("type", "DELAY");
        form.put("waybillNo", freshWaybill());
        form.put("claimant", "深圳市某某电子有限公司");
        form.put("phone", "13800000001");
        form.put("declaredValue", 5000);
        form.put("insured", false);
        form.put("freight", 20);
        form.put("amountClaimed", 1000);
        form.put("currency", "CNY");
        form.put("description", "延误七天，客户要求赔偿");
        return form;
    }

    public static Map<String, Object> with(Object... fieldsAndValues) {
        Map<String, Object> form = form();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    public static JsonPath open(String token, Map<String, Object> form) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(form)
                .when().post("/api/claims")
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath upload(String token, String claimId, String type) {
        return given().auth().oauth2(token)
                .multiPart("type", type)
                .multiPart("file", type.toLowerCase() + ".pdf", pdf(type), "application/pdf")
                .when().post("/api/claims/" + claimId + "/documents")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Opens {@code form} and uploads {@code documents}, the required set moving it to headquarters. */
    public static String openWithDocuments(String token, Map<String, Object> form, String... documents) {
        String id = open(token, form).getString("id");
        for (String type : documents) {
            upload(token, id, type);
        }
        return id;
    }

    /** A tiny but real-looking PDF. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Approves at the payable amount the claim shows (0 before any assessment), as {@code token}'s user. */
    public static JsonPath approve(String token, String id, int status) {
        String payable = given().auth().oauth2(token).when().get("/api/claims/" + id).then().extract().jsonPath()
                .getString("assessment.payable");
        return post(token, "/api/claims/" + id + "/approve",
                Map.of("payable", payable == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(payable)), status);
    }

    /** A division manager at headquarters: approves what a branch agent assessed (four eyes). */
    public static String approver() {
        return Tokens.of("DIVISION_MANAGER", "HQ");
    }

    public static JsonPath post(String token, String path, Object body, int status) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post(path).then().statusCode(status).extract().jsonPath();
    }

    public static String freshBranch() {
        return "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "0");
    }

    public static String freshWaybill() {
        return "SF" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
    }

    public static String hq(String role) {
        return Tokens.of(role, "HQ");
    }
}
