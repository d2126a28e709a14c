package com.careline.complaint.handover;

import static com.careline.complaint.ComplaintFixtures.agent;
import static com.careline.complaint.ComplaintFixtures.form;
import static com.careline.complaint.ComplaintFixtures.freshBranch;
import static com.careline.complaint.ComplaintFixtures.post;
import static com.careline.complaint.ComplaintFixtures.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

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
class HandoverResourceTest {

    @Inject
    EventTap events;

    @Test
    void ownerChangeIsPublishedAndOnTheTimeline() {
        String branch = freshBranch();
        String id = register(agent("li", branch), form()).getString("id");

        var view = post(agent("li", branch), "/api/complaints/" + id + "/owner",
                Map.of("owner", "wang", "reason", "调岗"), 200);

        assertThat(view.getString("owner"), is("wang"));
        var changed = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, id, ComplaintEvents.OWNER_CHANGED),
                ComplaintEvents.OwnerChanged.class);
        assertThat(changed.from() + "->" + changed.to(), is("li->wang"));
        given().auth().oauth2(agent("wang", branch)).when().get("/api/complaints/" + id + "/timeline")
                .then().body("[1].action", equalTo("owner-changed"), "[1].detail", equalTo("li -> wang: 调岗"));
    }

    @Test
    void shiftHandoverMovesEveryOpenComplaintOfTheAgent() {
        String branch = freshBranch();
        String night = agent("night", branch);
        var first = register(night, form());
        var second = register(night, form());
        register(agent("other", branch), form());

        var result = post(night, "/api/complaints/shift-handover",
                Map.of("from", "night", "to", "day", "reason", "早班接班"), 200);

        assertThat(result.getInt("handedOver"), is(2));
        assertThat(result.getList("numbers"), containsInAnyOrder(first.getString("number"), second.getString("number")));
        given().auth().oauth2(night).queryParam("owner", "day").when().get("/api/complaints")
                .then().body("total", equalTo(2));
    }

    @Test
    void agentCannotHandOverSomeoneElsesCasesButASupervisorCan() {
        String branch = freshBranch();
        String id = register(agent("zhao", branch), form()).getString("id");

        post(agent("qian", branch), "/api/complaints/" + id + "/owner", Map.of("owner", "qian", "reason", "x"), 403);
        post(agent("qian", branch), "/api/complaints/shift-handover",
                Map.of("from", "zhao", "to", "qian", "reason", "x"), 403);
        post(Tokens.supervisor(branch), "/api/complaints/" + id + "/owner", Map.of("owner", "qian", "reason", "病假"), 200);
    }

    @Test
    void handoverNeedsAnOwnerAndAReason() {
        String branch = freshBranch();
        String id = register(agent("sun", branch), form()).getString("id");

        var problem = post(agent("sun", branch), "/api/complaints/" + id + "/owner", Map.of("owner", " "), 400);

        assertThat(problem.getList("errors.field"), containsInAnyOrder("owner", "reason"));
    }
}
