package com.careline.claims.document;

import static com.careline.claims.ClaimFixtures.DELAY_DOCUMENTS;
import static com.careline.claims.ClaimFixtures.form;
import static com.careline.claims.ClaimFixtures.freshBranch;
import static com.careline.claims.ClaimFixtures.hq;
import static com.careline.claims.ClaimFixtures.open;
import static com.careline.claims.ClaimFixtures.pdf;
import static com.careline.claims.ClaimFixtures.post;
import static com.careline.claims.ClaimFixtures.upload;
import static com.careline.claims.ClaimFixtures.with;
import static io.restassured.RestAssured.given;
import static org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.HttpClientConfig;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class DocumentResourceTest {

    @Inject
    EventTap events;

    @Test
    void storesTheFileWithItsHashAndServesItBack() {
        String agent = Tokens.agent(freshBranch());
        String id = open(agent, form()).getString("id");
        byte[] bytes = pdf("提单 bill of lading");

        String documentId = given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .auth().oauth2(agent)
                .multiPart("type", "BILL_OF_LADING").multiPart("file", "提单.pdf", bytes, "application/pdf")
                .when().post("/api/claims/" + id + "/documents")
                .then().statusCode(201)
                .body("sha256", equalTo(DocumentFiles.sha256(bytes)), "size", equalTo(bytes.length),
                        "status", equalTo("RECEIVED"), "fileName", equalTo("提单.pdf"))
                .extract().path("id");

        byte[] served = given().auth().oauth2(agent)
                .when().get("/api/claims/" + id + "/documents/" + documentId + "/content")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(served, StandardCharsets.UTF_8), is(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(Arrays.equals(served, bytes), is(true));
        given().auth().oauth2(agent).when().get("/api/claims/" + id + "/documents")
                .then().body("type", contains("BILL_OF_LADING"));
        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("documents.received", contains("BILL_OF_LADING"));
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.DOCUMENT_RECEIVED);
    }

    @Test
    void theLastRequiredDocumentMovesTheClaimToHeadquarters() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String id = open(agent, form()).getString("id");
        upload(agent, id, "INCIDENT_NOTICE");
        upload(agent, id, "BILL_OF_LADING");
        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("stage", equalTo("BRANCH"), "documents.missing", contains("TRANSPORT_CONTRACT"));

        upload(agent, id, "TRANSPORT_CONTRACT");

        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("stage", equalTo("HEADQUARTERS"), "owner", equalTo("HQ"),
                        "documents.complete", equalTo(true), "documents.completedAt", notNullValue());
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.DOCUMENTS_COMPLETE);
        events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.MOVED_TO_HEADQUARTERS);
        given().auth().oauth2(agent).when().get("/api/claims/" + id + "/timeline")
                .then().body("action", hasItems("opened", "document-received", "documents-complete",
                        "moved-to-headquarters"));
    }

    @Test
    void anInsuredClaimAlsoNeedsThePolicyAndARejectedDocumentDoesNotCount() {
        String agent = Tokens.agent(freshBranch());
        String id = open(agent, with("insured", true, "insuredAmount", 2000)).getString("id");
        String notice = upload(agent, id, "INCIDENT_NOTICE").getString("id");
        upload(agent, id, "BILL_OF_LADING");
        upload(agent, id, "TRANSPORT_CONTRACT");

        post(agent, "/api/claims/" + id + "/documents/" + notice + "/reject", Map.of("reason", "unreadable scan"), 200);

        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("stage", equalTo("BRANCH"),
                        "documents.missing", contains("INSURANCE_POLICY", "INCIDENT_NOTICE"));
        given().auth().oauth2(agent).when().get("/api/claims/" + id + "/documents")
                .then().body("find { it.id == '" + notice + "' }.status", equalTo("REJECTED"),
                        "find { it.id == '" + notice + "' }.rejectReason", equalTo("unreadable scan"));
        upload(agent, id, "INCIDENT_NOTICE");
        upload(agent, id, "INSURANCE_POLICY");
        given().auth().oauth2(agent).when().get("/api/claims/" + id).then().body("stage", equalTo("HEADQUARTERS"));
    }

    /**
     * 000's stages hold: a document rejected at headquarters, or newly required (the claimant now states the
     * shipment was insured), sends the claim back to the branch, and headquarters cannot assess it meanwhile.
     */
    @Test
    void aDocumentRejectedOrNewlyRequiredAfterTheMoveSendsTheClaimBackToTheBranch() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);
        String id = open(agent, form()).getString("id");
        String notice = upload(agent, id, "INCIDENT_NOTICE").getString("id");
        upload(agent, id, "BILL_OF_LADING");
        upload(agent, id, "TRANSPORT_CONTRACT");
        String headquarters = hq("AGENT");

        post(headquarters, "/api/claims/" + id + "/documents/" + notice + "/reject", Map.of("reason", "模糊"), 200);
        post(headquarters, "/api/claims/" + id + "/assess", null, 409);
        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("stage", equalTo("BRANCH"), "owner", equalTo(branch));
        upload(agent, id, "INCIDENT_NOTICE");
        given().auth().oauth2(agent).when().get("/api/claims/" + id).then().body("stage", equalTo("HEADQUARTERS"));

        post(agent, "/api/claims/" + id + "/particulars", Map.of("claimant", "李女士", "declaredValue", 5000,
                "insured", true, "insuredAmount", 3000, "amountClaimed", 300), 200);
        given().auth().oauth2(agent).when().get("/api/claims/" + id)
                .then().body("stage", equalTo("BRANCH"), "documents.missing", contains("INSURANCE_POLICY"));
        var returned = EventCodec.data(events.await(Topics.CLAIM_EVENTS, id, ClaimEvents.RETURNED_TO_BRANCH),
                ClaimEvents.ReturnedToBranch.class);
        assertThat(returned.missing(), contains("INCIDENT_NOTICE"));
    }

    @Test
    void refusesUnknownTypesAndDisallowedOrOversizedFilesNamingTheField() {
        String agent = Tokens.agent(freshBranch());
        String id = open(agent, form()).getString("id");

        refuses(agent, id, "SELFIE", "a.pdf", pdf("x"), "application/pdf", "type");
        refuses(agent, id, "INVOICE", "a.exe", new byte[] {0x4D, 0x5A, 0, 0}, "application/octet-stream", "file");
        refuses(agent, id, "INVOICE", "fake.pdf", "MZ not a pdf".getBytes(), "application/pdf", "file");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf("big"), 0, big, 0, 8);
        refuses(agent, id, "INVOICE", "big.pdf", big, "application/pdf", "file");

        given().auth().oauth2(agent).when().get("/api/claims/" + id + "/documents")
                .then().body("size()", equalTo(0));
    }

    @Test
    void anotherBranchCannotUploadOrDownload() {
        String agent = Tokens.agent(freshBranch());
        String id = open(agent, form()).getString("id");
        String documentId = upload(agent, id, DELAY_DOCUMENTS[0]).getString("id");
        String stranger = Tokens.agent(freshBranch());

        given().auth().oauth2(stranger).when().get("/api/claims/" + id + "/documents/" + documentId + "/content")
                .then().statusCode(404);
        given().auth().oauth2(stranger).multiPart("type", "INVOICE").multiPart("file", "a.pdf", pdf("a"),
                "application/pdf").when().post("/api/claims/" + id + "/documents").then().statusCode(404);
    }

    private static void refuses(String token, String id, String type, String name, byte[] bytes, String contentType,
            String field) {
        given().auth().oauth2(token).multiPart("type", type).multiPart("file", name, bytes, contentType)
                .when().post("/api/claims/" + id + "/documents")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
