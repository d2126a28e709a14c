package com.careline.complaint.complaint;

import static com.careline.complaint.ComplaintFixtures.agent;
import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.freshBranch;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static com.careline.complaint.ComplaintFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.Map;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ComplaintListTest {

    @Test
    void filtersByStatusCategoryMajorWaybillAndPhoneWithinTheBranch() {
        String branch = freshBranch();
        String agent = agent("desk", branch);
        var delay = register(agent, form());
        var damage = register(agent, with("category", "DAMAGE"));
        var major = register(agent, with("content", "我要去消协投诉"));
        post(agent, "/api/complaints/" + damage.getString("id") + "/acknowledge", null, 200);

        list(agent, Map.of("status", "ACKNOWLEDGED")).body("items.id", contains(damage.getString("id")));
        list(agent, Map.of("category", "DELAY", "major", "false")).body("items.id", contains(delay.getString("id")));
        list(agent, Map.of("major", "true")).body("items.id", contains(major.getString("id")));
        list(agent, Map.of("waybill", delay.getString("waybillNo"))).body("total", equalTo(1));
        list(agent, Map.of("phone", "13800000001")).body("total", equalTo(3), "items.branch", everyItem(equalTo(branch)));
    }

    @Test
    void pagesAndSortsAndHeadquartersNarrowsByBranch() {
        String branch = freshBranch();
        String agent = agent("desk", branch);
        var first = register(agent, form());
        var second = register(agent, form());
        var third = register(agent, form());

        list(agent, Map.of("sort", "number,asc", "size", "2")).body("total", equalTo(3),
                "items.number", contains(first.getString("number"), second.getString("number")));
        list(agent, Map.of("sort", "number,asc", "size", "2", "page", "1"))
                .body("items.number", contains(third.getString("number")));
        list(Tokens.of("CS_MANAGER", "HQ"), Map.of("branch", branch)).body("total", equalTo(3));
        // another branch's staff naming this branch: 404 naming it, as for its cases (BranchScope.narrow)
        given().auth().oauth2(agent("desk", freshBranch())).queryParam("branch", branch).when().get("/api/complaints")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badListParametersNameTheParameter() {
        String agent = Tokens.agent("SZ");

        given().auth().oauth2(agent).queryParam("sort", "customerName").when().get("/api/complaints")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(agent).queryParam("size", "1000").when().get("/api/complaints")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(agent).queryParam("status", "LOST").when().get("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(agent).queryParam("from", "yesterday").when().get("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(agent).queryParam("major", "maybe").when().get("/api/complaints")
                .then().statusCode(400).body("errors[0].field", equalTo("major"));
    }

    private static io.restassured.response.ValidatableResponse list(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).when().get("/api/complaints").then().statusCode(200);
    }
}
