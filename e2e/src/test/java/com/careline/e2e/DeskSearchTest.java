package com.careline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's one search (#19) through the whole suite: a complaint, an inquiry and a claim registered at their
 * services with three spellings of one phone are found at reporting-service by a fourth, in their branch only.
 */
@ExtendWith(RunningSuite.class)
class DeskSearchTest {

    private final RunningSuite suite = RunningSuite.get();

    @Test
    void casesOfEveryKindOfOnePhoneAreFoundByADifferentlySpacedPhoneInTheirBranchOnly() {
        String branch = "D" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String agent = suite.token("desk.e2e", "AGENT", branch);
        String mobile = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String a = mobile.substring(0, 3);
        String b = mobile.substring(3, 7);
        String c = mobile.substring(7);
        String waybill = "DS" + mobile;

        String complaint = create("complaint-service", agent, "/api/complaints", Map.of("channel", "PHONE",
                "category", "DELAY", "customerName", "钱先生", "phone", a + " " + b + " " + c, "waybillNo", waybill,
                "content", "快件延误三天"));
        String inquiry = create("inquiry-service", agent, "/api/inquiries", Map.of("channel", "PHONE",
                "topic", "FREIGHT", "region", branch, "customerName", "钱先生", "phone", "+86 " + a + "-" + b + "-" + c,
                "content", "运费多少？"));
        String claim = create("claims-service", agent, "/api/claims", Map.of("type", "DELAY", "waybillNo", waybill,
                "claimant", "钱先生", "phone", mobile, "declaredValue", 5000, "insured", false, "freight", 20,
                "amountClaimed", 1000, "currency", "CNY", "description", "延误七天"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(suite.url("reporting-service"))
                .auth().oauth2(agent).queryParam("phone", "0086" + mobile).when().get("/api/search/cases")
                .then().statusCode(200).body("total", equalTo(3),
                        "items.id", containsInAnyOrder(complaint, inquiry, claim),
                        "items.kind", containsInAnyOrder("COMPLAINT", "INQUIRY", "CLAIM"),
                        "items.phoneTail", everyItem(equalTo(c))));
        given().baseUri(suite.url("reporting-service")).auth().oauth2(agent).queryParam("waybill", waybill)
                .when().get("/api/search/cases").then().statusCode(200).body("total", equalTo(2));
        String other = suite.token("desk.e2e.other", "AGENT", "O" + branch.substring(1));
        given().baseUri(suite.url("reporting-service")).auth().oauth2(other).queryParam("phone", mobile)
                .when().get("/api/search/cases").then().statusCode(200).body("total", equalTo(0));
    }

    private String create(String service, String token, String path, Map<String, Object> body) {
        return given().baseUri(suite.url(service)).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }
}
