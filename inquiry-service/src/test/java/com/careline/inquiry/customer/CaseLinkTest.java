package com.careline.inquiry.customer;

import static com.careline.inquiry.InquiryFixtures.fresh;
import static com.careline.inquiry.customer.CustomerFixtures.form;
import static com.careline.inquiry.customer.CustomerFixtures.mobile;
import static com.careline.inquiry.customer.CustomerFixtures.register;
import static com.careline.inquiry.customer.CustomerFixtures.send;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import com.careline.inquiry.InquiryFixtures;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** An inquiry is of the customer the desk names, else of the customer who has its phone, now or later. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class CaseLinkTest {

    @Test
    void theDeskNamesTheCustomerOrThePhoneLinksTheInquiryToThem() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String phone = mobile();
        var customer = register(agent, form("王先生", phone));

        String named = inquiry(agent, "13800000001", customer.getString("number"));
        String byPhone = inquiry(agent, "+86 " + phone, null);

        assertThat(customerOf(agent, named), is(customer.getString("id")));
        assertThat(customerOf(agent, byPhone), is(customer.getString("id")));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(inquiryForm("13800000001", "SZC000000000000"))
                .when().post("/api/inquiries").then().statusCode(400).body("errors.field", contains("customerNumber"));
    }

    @Test
    void anInquiryOfAnUnknownPhoneIsLinkedWhenItsCustomerIsRegistered() {
        String branch = fresh("B");
        String agent = Tokens.agent(branch);
        String phone = mobile();
        String first = inquiry(agent, phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7),
                null);
        given().auth().oauth2(agent).when().get("/api/inquiries/" + first).then().body("customerId", nullValue());

        var customer = register(agent, form("李女士", "+86" + phone));
        var duplicate = register(agent, form("李女士", mobile()));
        String second = inquiry(agent, "13800000001", duplicate.getString("number"));

        assertThat(customerOf(agent, first), is(customer.getString("id")));
        send(Tokens.supervisor(branch), "post", "/api/customers/" + customer.getString("number") + "/merge",
                Map.of("duplicate", duplicate.getString("number"), "reason", "重复登记"), 200);
        given().auth().oauth2(agent).when().get("/api/inquiries/" + second).then()
                .body("customerId", equalTo(customer.getString("id")));
    }

    private static String inquiry(String token, String phone, String customerNumber) {
        return InquiryFixtures.register(token, inquiryForm(phone, customerNumber)).getString("id");
    }

    private static Map<String, Object> inquiryForm(String phone, String customerNumber) {
        Map<String, Object> form = InquiryFixtures.form(fresh("R"));
        form.put("phone", phone);
        if (customerNumber != null) {
            form.put("customerNumber", customerNumber);
        }
        return form;
    }

    private static String customerOf(String token, String inquiryId) {
        return given().auth().oauth2(token).when().get("/api/inquiries/" + inquiryId).then().statusCode(200)
                .extract().jsonPath().getString("customerId");
    }
}
