package com.careline.inquiry.customer;

import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.customer.CustomerFixtures.address;
import static com.careline.inquiry.customer.CustomerFixtures.form;
import static com.careline.inquiry.customer.CustomerFixtures.mobile;
import static com.careline.inquiry.customer.CustomerFixtures.register;
import static com.careline.inquiry.customer.CustomerFixtures.search;
import static com.careline.inquiry.customer.CustomerFixtures.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.customer.CustomerEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.RetentionOps;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** 001's settle-now rule for monthly-account customers who move, and the merging of duplicates. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CustomerSettlementAndMergeTest {

    @Inject
    EventTap events;

    @Inject
    TestClock clock;

    @Test
    void aMonthlyAccountCustomerWhoseAddressChangesGetsOneSettleNowTask() {
        String agent = Tokens.agent(fresh("B"));
        Map<String, Object> form = form("深圳市华南电子有限公司", mobile());
        form.put("monthlyAccount", true);
        form.put("addresses", List.of(address("深圳市", "福永街道凤凰路88号")));
        var registered = register(agent, form);
        String number = registered.getString("number");
        String id = registered.getString("id");
        String address = registered.getString("addresses[0].id");
        Map<String, String> open = Map.of("status", "OPEN", "customer", number);
        assertThat("registering with an address is no move", tasks(agent, open).getInt("total"), is(0));

        Instant changedAt = clock.instant();
        send(agent, "put", "/api/customers/" + number + "/addresses/" + address, address("东莞市", "松山湖1号"), 200);
        send(agent, "post", "/api/customers/" + number + "/addresses", address("东莞市", "松山湖2号"), 200);

        var listed = tasks(agent, open);
        assertThat("one open task however many changes", listed.getInt("total"), is(1));
        String task = listed.getString("items[0].id");
        assertThat(Instant.parse(listed.getString("items[0].dueAt")), is(changedAt.plus(Duration.ofDays(1))));
        EventEnvelope required = events.await(Topics.INQUIRY_EVENTS, id, CustomerEvents.SETTLEMENT_REQUIRED);
        var data = EventCodec.data(required, CustomerEvents.SettlementRequired.class);
        assertThat(data.taskId().toString(), is(task));
        assertThat(data.number(), is(number));
        assertThat(required.correlationId(), is(number));
        assertThat(events.events(Topics.INQUIRY_EVENTS, id).stream()
                .filter(e -> e.type().equals(CustomerEvents.SETTLEMENT_REQUIRED)).count(), is(1L));

        var done = send(agent, "post", "/api/customers/settlement-tasks/" + task + "/done",
                Map.of("note", "已结清11月运费"), 200);
        assertThat(done.getString("status"), is("DONE"));
        send(agent, "post", "/api/customers/settlement-tasks/" + task + "/done", null, 409);
        assertThat(tasks(agent, open).getInt("total"), is(0));
        send(agent, "delete", "/api/customers/" + number + "/addresses/" + address, null, 200);
        assertThat("a move after the settlement is settled again", tasks(agent, open).getInt("total"), is(1));
        given().auth().oauth2(Tokens.agent(fresh("B"))).when().post("/api/customers/settlement-tasks/" + task + "/done")
                .then().statusCode(404);
    }

    @Test
    void aCustomerWithoutAMonthlyAccountMovesWithoutATask() {
        String agent = Tokens.agent(fresh("B"));
        String number = register(agent, form("散客", mobile())).getString("number");

        send(agent, "post", "/api/customers/" + number + "/addresses", address("深圳市", "南山区1号"), 200);

        assertThat(tasks(agent, Map.of("customer", number)).getInt("total"), is(0));
    }

    @Test
    void aMergedDuplicateGivesItsPhonesAndAddressesToTheSurvivorAndLeadsToIt() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String supervisor = Tokens.as("supervisor.merge", "SUPERVISOR", branch);
        String kept = mobile();
        String moved = mobile();
        var survivor = register(agent, form("华南电子", kept));
        Map<String, Object> twin = form("华南电子有限公司", moved);
        twin.put("addresses", List.of(address("深圳市", "福永街道凤凰路88号")));
        var duplicate = register(agent, twin);
        String survivorNumber = survivor.getString("number");
        String duplicateNumber = duplicate.getString("number");
        Map<String, String> merge = Map.of("duplicate", duplicateNumber, "reason", "同一公司登记了两次");

        send(agent, "post", "/api/customers/" + survivorNumber + "/merge", merge, 403);
        var merged = send(supervisor, "post", "/api/customers/" + survivorNumber + "/merge", merge, 200);

        assertThat(merged.getList("phones.phone"), containsInAnyOrder(kept, moved));
        assertThat(merged.getString("addresses[0].address.line"), is("福永街道凤凰路88号"));
        given().auth().oauth2(agent).redirects().follow(false).when().get("/api/customers/" + duplicateNumber)
                .then().statusCode(301).header("Location", endsWith("/api/customers/" + survivorNumber))
                .body("status", equalTo("MERGED"), "mergedInto", equalTo(survivorNumber), "phones", equalTo(List.of()));
        given().auth().oauth2(agent).when().get("/api/customers/" + duplicateNumber).then().statusCode(200)
                .body("number", equalTo(survivorNumber));
        assertThat(search(agent, Map.of("phone", moved)).getString("items[0].number"), is(survivorNumber));
        given().auth().oauth2(agent).when().get("/api/customers/" + survivorNumber + "/addresses/history").then()
                .statusCode(200).body("change", equalTo(List.of("ADDED")));
        send(supervisor, "post", "/api/customers/" + survivorNumber + "/merge", merge, 409);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(address("深圳市", "x"))
                .when().post("/api/customers/" + duplicateNumber + "/addresses").then().statusCode(409);

        EventEnvelope event = events.await(Topics.INQUIRY_EVENTS, survivor.getString("id"), CustomerEvents.MERGED);
        var data = EventCodec.data(event, CustomerEvents.Merged.class);
        assertThat(data.duplicateNumber(), is(duplicateNumber));
        assertThat(data.duplicateId().toString(), is(duplicate.getString("id")));
        assertThat(data.by(), is("supervisor.merge"));
        EventEnvelope changed = events.await(Topics.INQUIRY_EVENTS, survivor.getString("id"), CustomerEvents.CHANGED);
        assertThat(EventCodec.data(changed, CustomerEvents.Customer.class).phoneTails(),
                containsInAnyOrder(kept.substring(7), moved.substring(7)));
    }

    /** 001: a merged duplicate's record is closed; a year later its name goes, its link to the survivor stays. */
    @Test
    void aYearAfterTheMergeTheDuplicatesNameIsErased() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String survivor = register(agent, form("华南电子", mobile())).getString("number");
        String duplicate = register(agent, form("华南电子（重复）", mobile())).getString("number");
        send(Tokens.supervisor(branch), "post", "/api/customers/" + survivor + "/merge",
                Map.of("duplicate", duplicate, "reason", "重复登记"), 200);

        RetentionOps.runAfter(clock, Duration.ofDays(366));

        given().auth().oauth2(agent).redirects().follow(false).when().get("/api/customers/" + duplicate).then()
                .statusCode(301).body("name", equalTo("(erased)"), "mergedInto", equalTo(survivor));
        given().auth().oauth2(agent).when().get("/api/customers/" + survivor).then().body("name", equalTo("华南电子"));
        assertThat(search(agent, Map.of("name", "华南电子")).getList("items.number"), hasItem(survivor));
    }

    private static io.restassured.path.json.JsonPath tasks(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/api/customers/settlement-tasks").then()
                .statusCode(200).extract().jsonPath();
    }
}
