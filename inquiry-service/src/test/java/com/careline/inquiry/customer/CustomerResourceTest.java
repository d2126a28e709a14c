package com.careline.inquiry.customer;

import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.customer.CustomerFixtures.address;
import static com.careline.inquiry.customer.CustomerFixtures.form;
import static com.careline.inquiry.customer.CustomerFixtures.landline;
import static com.careline.inquiry.customer.CustomerFixtures.mobile;
import static com.careline.inquiry.customer.CustomerFixtures.register;
import static com.careline.inquiry.customer.CustomerFixtures.search;
import static com.careline.inquiry.customer.CustomerFixtures.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.events.customer.CustomerEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The customer record over REST, on the real database, with its events read back from Kafka. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CustomerResourceTest {

    @Inject
    EventTap events;

    @Test
    void aCustomerIsFoundByAnySpellingOfTheirPhoneAndTheEventCarriesNoNumber() {
        String branch = fresh("B");
        String agent = Tokens.as("agent.cust", "AGENT", branch);
        String phone = mobile();
        String spaced = phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
        String international = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);

        var registered = register(agent, form("深圳市华南电子有限公司", spaced));
        String number = registered.getString("number");

        assertThat(number, startsWith(branch + "C"));
        assertThat(registered.getString("status"), is("ACTIVE"));
        assertThat(registered.getList("phones.phone"), contains(phone));
        for (String spelling : List.of(spaced, international, phone)) {
            var found = search(agent, Map.of("phone", spelling));
            assertThat(spelling, found.getInt("total"), is(1));
            assertThat(found.getString("items[0].number"), is(number));
        }
        given().auth().oauth2(agent).when().get("/api/customers/" + number).then().statusCode(200)
                .body("name", equalTo("深圳市华南电子有限公司"), "branch", equalTo(branch), "phones[0].tail",
                        equalTo(phone.substring(7)));
        EventEnvelope event = events.await(Topics.INQUIRY_EVENTS, registered.getString("id"),
                CustomerEvents.REGISTERED);
        assertThat(event.correlationId(), is(number));
        assertThat(EventCodec.encode(event), not(containsString(phone)));
        var data = EventCodec.data(event, CustomerEvents.Customer.class);
        assertThat(data.phoneTails(), contains(phone.substring(7)));
        assertThat(data.phoneKeys().get(0), startsWith("tel:"));
        assertThat(data.by(), is("agent.cust"));
    }

    @Test
    void aLandlineKeepsItsAreaCodeAndIsFoundWrittenInternationally() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String landline = landline();
        String digits = landline.replace("-", "");

        String number = register(agent, form("李女士", landline)).getString("number");

        var found = search(agent, Map.of("phone", "+86 755 " + digits.substring(4)));
        assertThat(found.getInt("total"), is(1));
        assertThat(found.getString("items[0].number"), is(number));
        given().auth().oauth2(agent).when().get("/api/customers/" + number).then()
                .body("phones[0].phone", equalTo(digits));
        assertThat(search(agent, Map.of("phone", digits.substring(4))).getInt("total"), is(0));
    }

    @Test
    void aPhoneOfAnotherCustomerIsA409NamingPhones() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String phone = mobile();
        String first = register(agent, form("王先生", phone)).getString("number");
        String other = register(agent, form("王太太", mobile())).getString("number");

        given().auth().oauth2(agent).contentType(ContentType.JSON).body(form("王先生", "+86" + phone))
                .when().post("/api/customers").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("phones"), "detail", containsString(first));
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("name", "王太太", "phones", List.of(phone), "monthlyAccount", false))
                .when().put("/api/customers/" + other).then().statusCode(409)
                .body("detail", containsString("phones"));
        // the branch that does not see the owner learns that the phone is taken, not by whom
        given().auth().oauth2(Tokens.agent(fresh("B"))).contentType(ContentType.JSON).body(form("王", phone))
                .when().post("/api/customers").then().statusCode(409).body("detail", not(containsString(first)));
    }

    @Test
    void badInputIsA400NamingTheField() {
        String agent = Tokens.agent(fresh("B"));

        given().auth().oauth2(agent).contentType(ContentType.JSON).body(form("王先生", mobile(), "12ab"))
                .when().post("/api/customers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("phones[1]"));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("phones", List.of()))
                .when().post("/api/customers").then().statusCode(400)
                .body("errors.field", hasItem("name"), "errors.field", hasItem("phones"));
        Map<String, Object> form = form("王先生", mobile());
        form.put("profile", Map.of("minWeightKg", 30, "maxWeightKg", 5));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(form)
                .when().post("/api/customers").then().statusCode(400)
                .body("errors.field", contains("profile.maxWeightKg"));
        form.put("profile", Map.of("ownershipType", "PIRATE"));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(form)
                .when().post("/api/customers").then().statusCode(400)
                .body("errors.field", contains("profile.ownershipType"));
        given().auth().oauth2(agent).queryParam("phone", "not-a-phone").when().get("/api/customers").then()
                .statusCode(400).body("errors.field", contains("phone"));
        given().auth().oauth2(agent).queryParam("phoneTail", "0001").when().get("/api/customers").then()
                .statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void anotherBranchDoesNotSeeTheCustomer() {
        String branchA = fresh("A");
        String phone = mobile();
        String number = register(Tokens.agent(branchA), form("张先生", phone)).getString("number");
        String agentB = Tokens.agent(fresh("B"));

        given().auth().oauth2(agentB).when().get("/api/customers/" + number).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(search(agentB, Map.of("phone", phone)).getInt("total"), is(0));
        given().auth().oauth2(agentB).queryParam("branch", branchA).when().get("/api/customers").then().statusCode(404);
        given().auth().oauth2(agentB).contentType(ContentType.JSON).body(address("深圳市", "宝安区1号"))
                .when().post("/api/customers/" + number + "/addresses").then().statusCode(404);
        assertThat(search(Tokens.agent("HQ"), Map.of("phone", phone)).getInt("total"), is(1));
    }

    @Test
    void aNameWithThePhonesLastFourDigitsFindsTheCustomer() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String phone = mobile();
        String number = register(agent, form("深圳市鹏城贸易有限公司", phone)).getString("number");
        register(agent, form("深圳市鹏城贸易有限公司", mobile()));

        var found = search(agent, Map.of("name", "鹏城贸易", "phoneTail", phone.substring(7)));

        assertThat(found.getInt("total"), is(1));
        assertThat(found.getString("items[0].number"), is(number));
        assertThat(search(agent, Map.of("name", "鹏城贸易")).getInt("total"), is(2));
    }

    @Test
    void theProfileIsKeptAsGiven() {
        String agent = Tokens.agent(fresh("B"));
        String number = register(agent, form("华南电子", mobile())).getString("number");
        Map<String, Object> profile = Map.of("industry", "电子商务", "ownershipType", "PRIVATE", "staffSize", 120,
                "regionsCovered", List.of("华南", "华东"), "credit", "GOOD", "weighs", List.of("SPEED", "PRICE"),
                "minWeightKg", 0.5, "maxWeightKg", 20, "usualSendTime", "16:00-18:00",
                "mainDestinations", List.of("上海", "北京"));

        send(agent, "put", "/api/customers/" + number + "/profile", profile, 200);

        given().auth().oauth2(agent).when().get("/api/customers/" + number).then().statusCode(200)
                .body("profile.industry", equalTo("电子商务"), "profile.weighs", contains("SPEED", "PRICE"),
                        "profile.usualSendTime", equalTo("16:00-18:00"), "profile.mainDestinations",
                        contains("上海", "北京"), "profile.staffSize", equalTo(120));
    }

    @Test
    void theAddressHistoryListsEveryChangeWithBeforeAndAfter() {
        String agent = Tokens.as("agent.addr", "AGENT", fresh("B"));
        String number = register(agent, form("陈先生", mobile())).getString("number");
        String base = "/api/customers/" + number + "/addresses";

        String id = send(agent, "post", base, address("深圳市", "福永街道凤凰路88号"), 200).getString("addresses[0].id");
        send(agent, "put", base + "/" + id, address("广州市", "天河路1号"), 200);
        var removed = send(agent, "delete", base + "/" + id, null, 200);

        assertThat(removed.getList("addresses"), is(List.of()));
        given().auth().oauth2(agent).when().get(base + "/history").then().statusCode(200)
                .body("change", contains("ADDED", "CHANGED", "REMOVED"), "addressId", contains(id, id, id),
                        "[1].before.city", equalTo("深圳市"), "[1].after.city", equalTo("广州市"),
                        "[2].before.city", equalTo("广州市"), "[2].after", nullValue(), "by", hasItem("agent.addr"));
        EventEnvelope changed = events.await(Topics.INQUIRY_EVENTS,
                given().auth().oauth2(agent).get("/api/customers/" + number).jsonPath().getString("id"),
                CustomerEvents.ADDRESS_CHANGED);
        assertThat(EventCodec.data(changed, CustomerEvents.AddressChanged.class).change(),
                is(CustomerEvents.AddressChanged.ADDED));
    }
}
