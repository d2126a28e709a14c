package com.careline.reporting.inquiries;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.Party;
import com.careline.platform.events.Topics;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Feed;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class InquiryReportTest {

    @Inject
    EventTap events;

    @Test
    void inquiryAndShipmentFiguresMatchTheEvents() {
        String branch = Feed.freshBranch();
        Instant t0 = Feed.at("2024-09-02T09:00");
        UUID tracking = registered(branch, "TRACKING", false, t0);
        inquiry(tracking, InquiryEvents.REPLIED, new InquiryEvents.Replied(tracking, "n", branch, "TRACKING", "王先生",
                "13800000001", "SF1", "agent", t0.plus(Duration.ofMinutes(20))));
        UUID freight = registered(branch, "FREIGHT", false, t0);
        inquiry(freight, InquiryEvents.REPLIED, new InquiryEvents.Replied(freight, "n", branch, "FREIGHT", "李女士",
                "13800000002", null, "agent", t0.plus(Duration.ofMinutes(60))));
        inquiry(freight, InquiryEvents.SATISFACTION_RECORDED, new InquiryEvents.SatisfactionRecorded(freight, "n",
                branch, false, "COMPANY", "报价不清楚", true, "agent", t0.plus(Duration.ofHours(2))));
        UUID proactive = registered(branch, "WAYBILL_EXCEPTION", true, t0);
        inquiry(proactive, InquiryEvents.ESCALATED, Map.of("level", 1));
        var delayed = new InquiryEvents.ShipmentDelayed("SF9", branch, "OTHER_CITY", t0, t0, t0, t0, proactive);
        events.send(Topics.INQUIRY_EVENTS, EventCodec.envelope(InquiryEvents.SHIPMENT_DELAYED, "careline/inquiry-service",
                "SF9", "SF9", t0, delayed));
        events.send(Topics.INQUIRY_EVENTS, EventCodec.envelope(InquiryEvents.SHIPMENT_DELAYED, "careline/inquiry-service",
                "SF9", "SF9", t0, delayed));
        scan(branch, ShipmentEvents.ScanType.EXCEPTION, ShipmentEvents.ExceptionKind.DAMAGED, t0);
        scan(branch, ShipmentEvents.ScanType.EXCEPTION, ShipmentEvents.ExceptionKind.DAMAGED, t0.plusSeconds(60));
        scan(branch, ShipmentEvents.ScanType.DELIVERED, null, t0);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.supervisor(branch))
                .queryParam("from", "2024-09-01").queryParam("to", "2024-09-30")
                .when().get("/api/reports/inquiries").then().statusCode(200).body(
                        "received", equalTo(3), "proactive", equalTo(1), "replied", equalTo(2),
                        "replyP50", equalTo("PT40M"), "replyP90", equalTo("PT56M"),
                        "sentBack", equalTo(1), "satisfiedRate", equalTo(0.0f), "escalations", equalTo(1),
                        "byTopic.TRACKING", equalTo(1), "byBranch." + branch, equalTo(3),
                        "shipmentDelays.DELAYED", equalTo(1), "shipmentExceptions.DAMAGED", equalTo(2)));
    }

    private UUID registered(String branch, String topic, boolean proactive, Instant at) {
        UUID id = UUID.randomUUID();
        inquiry(id, InquiryEvents.REGISTERED, new InquiryEvents.Registered(id, "n", branch, "PHONE", topic, "华南",
                null, "agent", proactive, at, Party.NONE));
        return id;
    }

    private void inquiry(UUID id, String type, Object data) {
        events.send(Topics.INQUIRY_EVENTS, EventCodec.envelope(type, "careline/inquiry-service", id.toString(),
                id.toString(), Instant.now(), data));
    }

    private void scan(String branch, ShipmentEvents.ScanType type, ShipmentEvents.ExceptionKind kind, Instant at) {
        String waybill = "SF" + UUID.randomUUID().toString().substring(0, 8);
        events.send(Topics.SHIPMENT_EVENTS, EventCodec.envelope(ShipmentEvents.SCANNED, "lis-" + branch, waybill,
                waybill, at, new ShipmentEvents.Scanned(waybill, branch, type, at, null, "转运中心", kind, null)));
    }
}
