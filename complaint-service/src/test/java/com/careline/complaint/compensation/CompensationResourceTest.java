package com.careline.complaint.compensation;

import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
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
        String id = register(agent, form()).getString("id");

        var view = post(agent, path(id), Map.of("amount", 300, "justification", "延误赔偿"), 200);

        assertThat(view.getString("compensation.status"), is("AGREED"));
        var proposed = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.COMPENSATION_PROPOSED),
                ComplaintEvents.CompensationProposed.class);
        assertThat(proposed.needsApproval(), is(false));
        assertThat(proposed.amount(), comparesEqualTo(new BigDecimal("300")));
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
        events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.COMPENSATION_APPROVED);
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

    private static String path(String id) {
        return "/api/complaints/" + id + "/compensation";
    }
}
