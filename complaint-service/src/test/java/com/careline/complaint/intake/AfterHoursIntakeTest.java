package com.careline.complaint.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import com.careline.complaint.ComplaintFixtures;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** With the after-hours rule on, as in production (the other tests run at any hour and count from receipt). */
@QuarkusTest
@TestProfile(AfterHoursIntakeTest.RuleOn.class)
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class AfterHoursIntakeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public static class RuleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("careline.complaint.after-hours.from-next-opening", "true");
        }
    }

    @Inject
    EventTap events;

    @Inject
    TestClock clock;

    /**
     * 003 line 57: outside working hours the receiver judges: an urgent complaint calls the on-duty manager at
     * once and its clocks run from now; the others count their 1-hour and 30-minute clocks from the next opening.
     */
    @Test
    void aComplaintReceivedOnASaturdayNightWaitsForMondayUnlessJudgedUrgent() {
        Instant before = clock.instant();
        Instant saturdayNight = LocalDateTime.parse("2026-11-28T22:00").atZone(SHANGHAI).toInstant();
        Instant mondayOpening = LocalDateTime.parse("2026-11-30T08:30").atZone(SHANGHAI).toInstant();
        String agent = Tokens.agent("SZ");
        try {
            clock.set(saturdayNight);
            var waits = given().auth().oauth2(agent).contentType(ContentType.JSON)
                    .body(ComplaintFixtures.with("content", "我要找媒体曝光")).when().post("/api/complaints")
                    .then().statusCode(201).extract().jsonPath();
            var urgent = ComplaintFixtures.with("content", "我要找媒体曝光");
            urgent.put("urgent", true);
            var atOnce = given().auth().oauth2(agent).contentType(ContentType.JSON).body(urgent)
                    .when().post("/api/complaints").then().statusCode(201).extract().jsonPath();

            for (String kind : List.of("complaint-first-response", "complaint-major-handoff")) {
                assertThat(Instant.parse(waits.getString("clocks.find { it.kind == '" + kind + "' }.startedAt")),
                        is(mondayOpening));
                assertThat(Instant.parse(atOnce.getString("clocks.find { it.kind == '" + kind + "' }.startedAt")),
                        is(saturdayNight));
            }
            var event = EventCodec.data(events.await(Topics.COMPLAINT_EVENTS, atOnce.getString("id"),
                    ComplaintEvents.URGENT_AFTER_HOURS), ComplaintEvents.UrgentAfterHours.class);
            assertThat(event.major(), is(true));
            events.await(Topics.COMPLAINT_EVENTS, waits.getString("id"), ComplaintEvents.REGISTERED);
            assertThat(events.events(Topics.COMPLAINT_EVENTS, waits.getString("id")).stream()
                    .filter(e -> e.type().equals(ComplaintEvents.URGENT_AFTER_HOURS)).count(), is(0L));
        } finally {
            clock.set(before);
        }
    }
}
