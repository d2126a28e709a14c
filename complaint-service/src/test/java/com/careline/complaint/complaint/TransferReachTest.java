package com.careline.complaint.complaint;

import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * 000's flow: a complaint transferred to a branch or a department reaches it. The responsible branch sees,
 * reports on and resolves it, or, when it cannot, sends it on to headquarters, whose department then has it.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class TransferReachTest {

    @Test
    void theResponsibleBranchThenTheHeadquartersDepartmentSeeAndHandleWhatWasTransferredToThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String receiving = "R" + suffix;
        String responsible = "S" + suffix;
        String agent = Tokens.agent(receiving);
        String branchAgent = Tokens.agent(responsible);
        String stranger = Tokens.agent("X" + suffix);
        String id = register(agent, form()).getString("id");
        String path = "/api/complaints/" + id;

        // before the transfer the responsible branch sees nothing of it
        given().auth().oauth2(branchAgent).when().get(path).then().statusCode(404);
        post(agent, path + "/transfer", Map.of("department", "BRANCH", "departmentBranch", responsible), 200);

        given().auth().oauth2(branchAgent).when().get(path).then().statusCode(200)
                .body("departmentBranch", equalTo(responsible));
        given().auth().oauth2(branchAgent).when().get("/api/complaints").then().statusCode(200)
                .body("items.id", hasItem(id));
        post(branchAgent, path + "/progress-reports", Map.of("report", "已联系收件网点"), 200);
        given().auth().oauth2(stranger).when().get(path).then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/complaints").then().body("items.id", not(hasItem(id)));

        // the branch cannot resolve it: to headquarters' warehouse department, and out of the branch's sight
        post(branchAgent, path + "/transfer", Map.of("department", "WAREHOUSE", "note", "需总部仓储部处理"), 200);
        given().auth().oauth2(branchAgent).when().get(path).then().statusCode(404);
        String warehouse = Tokens.department("WAREHOUSE", "HQ");
        String delivery = Tokens.department("DELIVERY", "HQ");
        given().auth().oauth2(warehouse).when().get("/api/complaints").then().statusCode(200)
                .body("items.id", hasItem(id), "items.findAll { it.status != 'TRANSFERRED' }.size()", equalTo(0));
        given().auth().oauth2(delivery).when().get(path).then().statusCode(404);
        given().auth().oauth2(delivery).when().get("/api/complaints").then().body("items.id", not(hasItem(id)));
        post(warehouse, path + "/resolve", Map.of("resolution", "已补发货物并致歉"), 200);
        // the receiving branch still follows its own complaint
        given().auth().oauth2(agent).when().get(path).then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void aDepartmentsStaffDoNotTakeComplaintsAtTheDesk() {
        given().auth().oauth2(Tokens.department("WAREHOUSE", "HQ")).contentType(ContentType.JSON).body(form())
                .when().post("/api/complaints").then().statusCode(403);
    }
}
