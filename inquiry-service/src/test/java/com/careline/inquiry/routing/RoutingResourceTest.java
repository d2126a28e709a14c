package com.careline.inquiry.routing;

import static com.careline.inquiry.InquiryFixtures.form;
import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.InquiryFixtures.post;
import static com.careline.inquiry.InquiryFixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class RoutingResourceTest {

    @Inject
    EventTap events;

    @Test
    void routesByRegionAndTopicBeforeRegionAlone() {
        String region = fresh("R");
        String supervisor = Tokens.supervisor("HQ");
        post(supervisor, "/api/routing-rules", Map.of("region", region, "department", "OPERATIONS",
                "queue", region + "-OPS"), 201);
        post(supervisor, "/api/routing-rules", Map.of("region", region, "topic", "TRACKING",
                "department", "DELIVERY", "queue", region + "-TRACK"), 201);
        String agent = Tokens.agent("NW");
        Map<String, Object> tracking = form(region);
        tracking.put("topic", "TRACKING");

        var trackingOrder = post(agent, "/api/inquiries/" + register(agent, tracking).getString("id") + "/dispatch",
                null, 200);
        var freightOrder = post(agent, "/api/inquiries/" + register(agent, form(region)).getString("id")
                + "/dispatch", null, 200);

        assertThat(trackingOrder.getString("queue"), is(region + "-TRACK"));
        assertThat(trackingOrder.getString("department"), is("DELIVERY"));
        assertThat(freightOrder.getString("queue"), is(region + "-OPS"));
        var dispatched = EventCodec.data(events.await(Topics.INQUIRY_EVENTS, freightOrder.getString("id"),
                InquiryEvents.DISPATCHED), InquiryEvents.Dispatched.class);
        assertThat(dispatched.queue(), is(region + "-OPS"));
        assertThat(dispatched.ruleId().toString(), is(freightOrder.getString("ruleId")));
    }

    @Test
    void workOrderWithoutMatchingRuleTakesTheDefaultRoute() {
        String agent = Tokens.agent("NW");
        String id = register(agent, form(fresh("R"))).getString("id");

        var order = post(agent, "/api/inquiries/" + id + "/dispatch", null, 200);

        assertThat(order.getString("department"), is("CUSTOMER_SERVICE"));
        assertThat(order.getString("queue"), is("HQ-GENERAL"));
        assertThat(order.getString("ruleId"), nullValue());
        given().auth().oauth2(agent).queryParam("region", fresh("R")).queryParam("topic", "ORDER")
                .when().get("/api/routing-rules/route")
                .then().statusCode(200).body("defaultRoute", is(true), "queue", is("HQ-GENERAL"));
    }

    @Test
    void rulesAreManagedAsDataBySupervisorsOnly() {
        String region = fresh("R");
        String supervisor = Tokens.supervisor("HQ");
        Map<String, Object> rule = Map.of("region", region, "topic", "ORDER", "department", "SALES", "queue", "S1");
        String id = post(supervisor, "/api/routing-rules", rule, 201).getString("id");

        post(supervisor, "/api/routing-rules", rule, 409);
        post(Tokens.agent("HQ"), "/api/routing-rules", Map.of("region", fresh("R"), "department", "X", "queue", "Y"),
                403);
        // every branch's work orders follow the rules: a branch's supervisor reads them, headquarters changes them
        post(Tokens.supervisor("SZ"), "/api/routing-rules", Map.of("region", fresh("R"), "department", "X",
                "queue", "Y"), 403);
        given().auth().oauth2(Tokens.of("CS_MANAGER", "SZ")).when().delete("/api/routing-rules/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("region", region, "topic", "ORDER", "department", "SALES", "queue", "S2"))
                .when().put("/api/routing-rules/" + id).then().statusCode(200).body("queue", is("S2"));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(Map.of("topic", "NOPE", "queue", ""))
                .when().post("/api/routing-rules")
                .then().statusCode(400).body("errors.field", hasItem("topic"));
        given().auth().oauth2(supervisor).when().delete("/api/routing-rules/" + id).then().statusCode(204);
        given().auth().oauth2(supervisor).queryParam("region", region).queryParam("topic", "ORDER")
                .when().get("/api/routing-rules/route").then().statusCode(200).body("defaultRoute", is(true));
    }
}
