package com.careline.reporting.complaints;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Feed;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A known set of events in, every figure of the monthly analysis checked. */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class MonthlyAnalysisTest {

    private static final String REPORT = "/api/reports/complaints/monthly";

    @Inject
    EventTap events;

    private String branch;

    @BeforeEach
    void feedAKnownMonth() {
        branch = Feed.freshBranch();
        Feed feed = new Feed(events);
        String[][] march = {
            {"PHONE", "DELAY", "C1"}, {"PHONE", "DELAY", "C1"}, {"PHONE", "DELAY", "C2"}, {"EMAIL", "DELAY", "C3"},
            {"EMAIL", "DELAY", "C4"}, {"PHONE", "DAMAGE", "C1"}, {"WEB", "DAMAGE", "C2"}, {"WEB", "DAMAGE", "C5"},
            {"LETTER", "LOSS", "C6"}, {"PHONE", "BILLING", "C7"}};
        for (int i = 0; i < march.length; i++) {
            boolean major = i == 0 || i == 5;
            feed.registered(branch, march[i][0], march[i][1], major, march[i][2],
                    Feed.at("2024-03-%02dT10:00".formatted(i + 1)));
        }
        for (int i = 0; i < 4; i++) {
            feed.registered(branch, "PHONE", "ATTITUDE", false, "F" + i, Feed.at("2024-02-1%dT09:00".formatted(i)));
        }
        feed.registered(branch, "PHONE", "DELAY", false, "J0", Feed.at("2024-01-31T23:30"));
        feed.registered(branch, "PHONE", "DELAY", false, "J1", Feed.at("2024-01-01T00:10"));
        feed.registered(branch, "WEB", "OTHER", false, "O0", Feed.at("2023-10-15T12:00"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> report("2024-03")
                .body("total", equalTo(10), "trend.count", contains(1, 0, 0, 2, 4, 10)));
    }

    @Test
    void everyFigureMatchesTheEvents() {
        report("2024-03").body(
                "month", equalTo("2024-03"), "branch", equalTo(branch), "total", equalTo(10), "major", equalTo(2),
                "byCause.key", contains("DELAY", "DAMAGE", "BILLING", "LOSS"),
                "byCause.count", contains(5, 3, 1, 1),
                "byCause.share", contains(0.5f, 0.3f, 0.1f, 0.1f),
                "byCause.cumulativeShare", contains(0.5f, 0.8f, 0.9f, 1.0f),
                "frequentCauses", contains("DELAY", "DAMAGE"),
                "byChannel.key", contains("PHONE", "EMAIL", "WEB", "LETTER"),
                "byChannel.count", contains(5, 2, 2, 1),
                "byBranch.key", contains(branch),
                "trend.month", contains("2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"),
                "repeatCustomers.customerKey", contains("C1", "C2"),
                "repeatCustomers.complaints", contains(3, 2),
                "majorComplaints.category", contains("DELAY", "DAMAGE"));
    }

    @Test
    void csvCarriesTheSameFigures() {
        String csv = given().auth().oauth2(Tokens.of("CS_MANAGER", "HQ")).accept("text/csv")
                .queryParam("month", "2024-03").queryParam("branch", branch)
                .when().get(REPORT).then().statusCode(200).contentType("text/csv").extract().asString();

        assertThat(List.of(csv.split("\n")), hasItems("section,key,count,share,cumulative_share",
                "total,2024-03,10,,", "major,2024-03,2,,", "cause,DELAY,5,0.5000,0.5000", "cause,DAMAGE,3,0.3000,0.8000",
                "channel,PHONE,5,0.5000,0.5000", "trend,2024-02,4,,", "repeat_customer,C1,3,,"));
    }

    @Test
    void svgParsesAndShowsTheParetoAndTheTrendBars() throws Exception {
        String svg = given().auth().oauth2(Tokens.of("CS_MANAGER", "HQ")).accept("image/svg+xml")
                .queryParam("month", "2024-03").queryParam("branch", branch)
                .when().get(REPORT).then().statusCode(200).contentType("image/svg+xml").extract().asString();

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<String> causes = new ArrayList<>();
        List<String> months = new ArrayList<>();
        NodeList rects = document.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar cause")) {
                causes.add(rect.getAttribute("data-cause") + "=" + rect.getAttribute("data-count"));
            } else if (rect.getAttribute("class").equals("bar month")) {
                months.add(rect.getAttribute("data-month") + "=" + rect.getAttribute("data-count"));
            }
        }
        assertThat(causes, contains("DELAY=5", "DAMAGE=3", "BILLING=1", "LOSS=1"));
        assertThat(months, contains("2023-10=1", "2023-11=0", "2023-12=0", "2024-01=2", "2024-02=4", "2024-03=10"));
        assertThat(document.getElementsByTagName("polyline").getLength(), equalTo(1));
    }

    @Test
    void approvedPreventiveMeasureAppearsInTheReport() {
        // measures are the whole company's: a branch's supervisor reads them but does not propose them
        given().auth().oauth2(Tokens.supervisor(branch)).contentType(ContentType.JSON)
                .body(Map.of("month", "2024-03", "cause", "DELAY", "measure", "增开夜班车", "owner", "ops.manager"))
                .when().post("/api/reports/preventive-measures").then().statusCode(403)
                .contentType("application/problem+json");
        String id = given().auth().oauth2(Tokens.supervisor("HQ")).contentType(ContentType.JSON)
                .body(Map.of("month", "2024-03", "cause", "DELAY", "measure", "干线增开夜班车", "owner", "ops.manager"))
                .when().post("/api/reports/preventive-measures").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.of("CS_MANAGER", "HQ")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/reports/preventive-measures/" + id + "/approve").then().statusCode(403);
        given().auth().oauth2(Tokens.of("GENERAL_MANAGER", "HQ")).contentType(ContentType.JSON).body(Map.of("note", "同意"))
                .when().post("/api/reports/preventive-measures/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        report("2024-03").body("preventiveMeasures.find { it.measure == '干线增开夜班车' }.status", equalTo("APPROVED"));
    }

    @Test
    void customerWhoComplainedAtTwoBranchesRepeatsCompanyWideOnly() {
        String other = Feed.freshBranch();
        String customer = "X" + branch;
        Feed feed = new Feed(events);
        feed.registered(branch, "PHONE", "DELAY", false, customer, Feed.at("2024-04-02T10:00"));
        feed.registered(other, "WEB", "LOSS", false, customer, Feed.at("2024-04-03T10:00"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.of("CS_MANAGER", "HQ"))
                .queryParam("month", "2024-04").when().get(REPORT).then().statusCode(200)
                .body("repeatCustomers.find { it.customerKey == '" + customer + "' }.complaints", equalTo(2)));
        report("2024-04").body("total", equalTo(1), "repeatCustomers", empty());
    }

    /** 003: a complaint found major after intake counts as major in the month it came in, once. */
    @Test
    void aComplaintMarkedMajorAfterIntakeCountsAsMajorOnce() {
        String marked = Feed.freshBranch();
        Feed feed = new Feed(events);
        var id = feed.registered(marked, "PHONE", "DELAY", false, null, Feed.at("2024-05-06T10:00"));
        feed.markedMajor(id, marked, Feed.at("2024-06-03T09:00"));
        feed.markedMajor(id, marked, Feed.at("2024-06-03T09:01")); // published twice under two ids

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(marked))
                .queryParam("month", "2024-05").when().get(REPORT).then().statusCode(200)
                .body("total", equalTo(1), "major", equalTo(1), "majorComplaints.size()", equalTo(1)));
    }

    @Test
    void badRequestsAreProblems() {
        String manager = Tokens.of("CS_MANAGER", "HQ");
        given().auth().oauth2(manager).queryParam("month", "2024-13").when().get(REPORT)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        given().auth().oauth2(manager).queryParam("month", "2024-03").queryParam("branch", Feed.freshBranch())
                .when().get(REPORT).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(manager).accept("application/xml").queryParam("month", "2024-03").when().get(REPORT)
                .then().statusCode(406).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agent(branch)).queryParam("month", "2024-03").when().get(REPORT)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.supervisor("ZZ")).queryParam("month", "2024-03").queryParam("branch", branch)
                .when().get(REPORT).then().statusCode(404).body("detail", containsString("branch"));
    }

    private io.restassured.response.ValidatableResponse report(String month) {
        return given().auth().oauth2(Tokens.supervisor(branch)).queryParam("month", month)
                .when().get(REPORT).then().statusCode(200);
    }
}
