package com.careline.complaint.compensation;

import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static com.careline.complaint.ComplaintFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.restassured.http.ContentType;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CompensationResourceTest {

    @Inject
    EventTap events;

    @Test
    void offerWithinTheThresholdIsAgreedAtOnce() {
        String agent = Tokens.agent("SZ");
        var form = form();
        String id = register(agent, form).getString("id");

        var view = post(agent, path(id), Map.of("amount", 300, "justification", "延误赔偿"), 200);

        assertThat(view.getString("compensation.status"), is("AGREED"));
        var proposed = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.COMPENSATION_PROPOSED),
                ComplaintEvents.CompensationProposed.class);
        assertThat(proposed.needsApproval(), is(false));
        assertThat(proposed.amount(), comparesEqualTo(new BigDecimal("300")));
        var agreed = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.COMPENSATION_AGREED),
                ComplaintEvents.CompensationDecided.class);
        assertThat(agreed.decision(), is(ComplaintEvents.CompensationDecided.AGREED));
        assertThat(agreed.approved(), is(true));
        assertThat(agreed.amount(), comparesEqualTo(new BigDecimal("300")));
        assertThat(agreed.at(), is(proposed.at()));
        assertThat(agreed.waybillNo(), is(form.get("waybillNo")));
    }

    @Test
    void offerAboveTheThresholdWaitsForTheDivisionManagerAlone() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");

        var pending = post(agent, path(id), Map.of("amount", 5000, "justification", "货物全损"), 200);
        post(agent, path(id) + "/approve", Map.of(), 403);
        post(Tokens.supervisor("SZ"), path(id) + "/approve", Map.of(), 403);
        post(Tokens.of("CS_MANAGER", "HQ"), path(id) + "/approve", Map.of(), 403);
        post(agent, path(id), Map.of("amount", 100, "justification", "再议"), 409);
        var approved = post(Tokens.of("DIVISION_MANAGER", "HQ"), path(id) + "/approve", Map.of("note", "同意"), 200);

        assertThat(pending.getString("compensation.status"), is("PENDING_APPROVAL"));
        assertThat(approved.getString("compensation.status"), is("APPROVED"));
        var decided = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.COMPENSATION_APPROVED),
                ComplaintEvents.CompensationDecided.class);
        assertThat(decided.decision(), is(ComplaintEvents.CompensationDecided.APPROVED));
        assertThat(decided.customerName(), is(form().get("customerName")));
        assertThat(decided.category(), is(form().get("category")));
    }

    @Test
    void rejectedOfferIsRecordedAndANewOneMayFollow() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");
        post(agent, path(id), Map.of("amount", 8000, "justification", "客户要求"), 200);

        post(Tokens.of("DIVISION_MANAGER", "HQ"), path(id) + "/reject", Map.of("reason", "超出申报价值"), 200);
        var second = post(agent, path(id), Map.of("amount", 600, "justification", "按申报价值"), 200);

        assertThat(second.getString("compensation.status"), is("AGREED"));
        var rejected = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.COMPENSATION_REJECTED),
                ComplaintEvents.CompensationDecided.class);
        assertThat(rejected.note(), is("超出申报价值"));
    }

    /**
     * 003 line 63: on a major complaint compensation is signed off by the division manager whatever the
     * amount, and carried out only then: the complaint cannot be resolved while the offer waits.
     */
    @Test
    void aMajorComplaintsOfferWaitsForSignOffWhateverTheAmountAndBlocksTheResolution() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, with("claimedCompensation", 800)).getString("id");

        var pending = post(agent, path(id), Map.of("amount", 800, "justification", "按申报价值"), 200);
        var refused = post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已赔偿"), 409);
        post(Tokens.of("DIVISION_MANAGER", "HQ"), path(id) + "/approve", Map.of("note", "同意"), 200);
        post(agent, "/api/complaints/" + id + "/resolve", Map.of("resolution", "已赔偿"), 200);

        assertThat(pending.getBoolean("major"), is(true));
        assertThat(pending.getString("compensation.status"), is("PENDING_APPROVAL"));
        assertThat(refused.getString("detail"), containsString("offer of 800"));
    }

    /** 003 (授权): someone the division manager authorised signs off up to the amount, and no more; audited. */
    @Test
    void someoneTheDivisionManagerAuthorisedSignsOffUpToTheAmount() {
        String agent = Tokens.agent("SZ");
        String divisionManager = Tokens.as("dm.grants", "DIVISION_MANAGER", "HQ");
        String delegate = Tokens.as("csm.delegate", "CS_MANAGER", "SZ");
        String small = register(agent, form()).getString("id");
        String large = register(agent, form()).getString("id");
        post(agent, path(small), Map.of("amount", 2000, "justification", "货物全损"), 200);
        post(agent, path(large), Map.of("amount", 5000, "justification", "货物全损"), 200);

        post(delegate, path(small) + "/approve", Map.of(), 403);
        given().auth().oauth2(delegate).contentType(ContentType.JSON).body(Map.of("upTo", 3000, "reason", "x"))
                .when().put(AUTHORISATIONS + "/csm.delegate").then().statusCode(403);
        given().auth().oauth2(divisionManager).contentType(ContentType.JSON)
                .body(Map.of("upTo", 3000, "reason", "出差期间代签")).when().put(AUTHORISATIONS + "/csm.delegate")
                .then().statusCode(200).body("grantedBy", equalTo("dm.grants"));
        post(delegate, path(large) + "/approve", Map.of(), 403);
        var approved = post(delegate, path(small) + "/approve", Map.of("note", "代签"), 200);
        given().auth().oauth2(divisionManager).when().delete(AUTHORISATIONS + "/csm.delegate").then().statusCode(204);
        post(delegate, path(large) + "/reject", Map.of("reason", "超出"), 403);

        assertThat(approved.getString("compensation.status"), is("APPROVED"));
        var decided = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, small, ComplaintEvents.COMPENSATION_APPROVED),
                ComplaintEvents.CompensationDecided.class);
        assertThat(decided.by(), is("csm.delegate"));
        assertThat(decided.authorisedBy(), is("dm.grants"));
        given().auth().oauth2(divisionManager).when().get(AUTHORISATIONS).then().statusCode(200)
                .body("findAll { it.delegate == 'csm.delegate' }", empty());
    }

    @Test
    void nothingToSignOffIsAConflict() {
        String id = register(Tokens.agent("SZ"), form()).getString("id");

        post(Tokens.of("DIVISION_MANAGER", "HQ"), path(id) + "/approve", Map.of(), 409);
    }

    @Test
    void negativeAbsurdOrOverPreciseAmountsAreRejected() {
        String agent = Tokens.agent("SZ");
        String id = register(agent, form()).getString("id");

        var negative = post(agent, path(id), Map.of("amount", -5, "justification", "x"), 400);
        post(agent, path(id), Map.of("amount", 1e12, "justification", "x"), 400);
        post(agent, path(id), Map.of("amount", "12.345", "justification", "x"), 400);
        post(agent, path(id), Map.of("amount", "lots", "justification", "x"), 400);
        post(agent, path(id), Map.of("amount", 100), 400);

        assertThat(negative.getList("errors.field"), hasItem("amount"));
    }

    private static final String AUTHORISATIONS = "/api/compensation-authorisations";

    private static String path(String id) {
        return "/api/complaints/" + id + "/compensation";
    }
}
