package com.careline.revisit.partner;

import static com.careline.revisit.RevisitFixtures.awaitRevisits;
import static com.careline.revisit.RevisitFixtures.freshBranch;
import static io.restassured.RestAssured.given;
import static io.restassured.http.ContentType.JSON;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class PartnerRevisitsTest {

    @Inject
    MonthlyRevisits monthly;
    @Inject
    EventTap events;
    @Inject
    TestClock clock;
    @Inject
    BusinessCalendar days;

    @Test
    void twoConcurrentRunsGenerateOneCallPerPartnerAndMonth() throws Exception {
        String branch = freshBranch();
        String supervisor = Tokens.supervisor(branch);
        String partner = register(supervisor, Map.of("name", "顺达配送", "type", "DELIVERY_PROVIDER",
                "contactName", "李经理", "phone", "0755-83891122")).statusCode(201).extract().path("id");
        YearMonth month = YearMonth.from(days.dateOf(clock.instant()));
        var barrier = new CyclicBarrier(2);
        var instances = Executors.newFixedThreadPool(2);

        var first = CompletableFuture.supplyAsync(() -> generateAfter(barrier, month), instances);
        var second = CompletableFuture.supplyAsync(() -> generateAfter(barrier, month), instances);
        List<UUID> created = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
        created.addAll(second.get(60, TimeUnit.SECONDS));
        instances.shutdown();

        var revisits = awaitRevisits(supervisor, partner, 1);
        String id = revisits.get(0).get("id").toString();
        assertThat(created.stream().filter(c -> c.toString().equals(id)).count(), is(1L));
        assertThat(revisits.get(0).get("caseType"), is("PARTNER"));
        assertThat(revisits.get(0).get("caseNumber"), is("顺达配送"));
        assertThat(revisits.get(0).get("phone"), is("0755-83891122"));
        var scheduled = EventCodec.data(events.await(Topics.REVISIT_EVENTS, id, RevisitEvents.SCHEDULED),
                RevisitScheduled.class);
        assertThat(scheduled.caseId(), is(partner));
        assertThat(scheduled.branch(), is(branch));

        clock.advance(Duration.ofDays(32));
        monthly.generateThisMonth();
        monthly.generateThisMonth();

        var twoMonths = awaitRevisits(supervisor, partner, 2);
        assertThat(twoMonths.get(1).get("id"), not(equalTo(id)));
    }

    @Test
    void registersPartnersOfTheCallersBranchAndRejectsUnknownTypes() {
        String branch = freshBranch();
        String agent = Tokens.agent(branch);

        String id = register(agent, Map.of("name", "华南供货商", "type", "SUPPLIER", "phone", "13900000002"))
                .statusCode(201).body("branch", is(branch), "type", is("SUPPLIER"), "active", is(true))
                .extract().path("id");

        register(agent, Map.of("name", "某公司", "type", "COMPETITOR", "phone", "13900000002")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(equalTo("type")));
        register(agent, Map.of("name", "某公司", "type", "SUPPLIER", "phone", "13900000002", "branch", "XX"))
                .statusCode(400).body("errors.field", hasItem(equalTo("branch")));
        register(agent, Map.of("type", "SUPPLIER")).statusCode(400)
                .body("errors.field", hasItem(equalTo("name")));
        given().auth().oauth2(agent).when().get("/api/partners/" + id).then().statusCode(200)
                .body("name", is("华南供货商"));
        given().auth().oauth2(Tokens.agent(freshBranch())).when().get("/api/partners/" + id).then().statusCode(404);
        given().auth().oauth2(agent).queryParam("type", "SUPPLIER").when().get("/api/partners").then()
                .statusCode(200).body("items", hasSize(1), "items[0].id", is(id));
        given().auth().oauth2(agent).queryParam("type", "NOPE").when().get("/api/partners").then()
                .statusCode(400).body("errors.field", hasItem(equalTo("type")));
    }

    private List<UUID> generateAfter(CyclicBarrier barrier, YearMonth month) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return monthly.generate(month);
    }

    private static io.restassured.response.ValidatableResponse register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(JSON).body(body).when().post("/api/partners").then();
    }
}
