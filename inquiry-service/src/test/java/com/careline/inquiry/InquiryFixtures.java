package com.careline.inquiry;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.shipment.ShipmentEvents;
import com.careline.platform.events.shipment.ShipmentEvents.ExceptionKind;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import com.careline.platform.events.shipment.ShipmentEvents.ScanType;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Fresh inquiries, regions, waybills and scans for tests. */
public final class InquiryFixtures {

    private InquiryFixtures() {
    }

    /** A plain freight inquiry's form; change fields with {@code put}. */
    public static Map<String, Object> form(String region) {
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "PHONE");
        form.put("topic", "FREIGHT");
        form.put("region", region);
        form.put("customerName", "王先生");
        form.put("phone", "13800000001");
        form.put("waybillNo", waybill());
        form.put("content", "从银川寄100箱方便面到天津，每箱40×30×35厘米、20千克，运费多少？");
        return form;
    }

    public static JsonPath register(String token, Map<String, Object> form) {
        return post(token, "/api/inquiries", form, 201);
    }

    public static JsonPath post(String token, String path, Object body, int status) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post(path).then().statusCode(status).extract().jsonPath();
    }

    /** A fresh code for a region or branch, so routing and list tests see only their own data. */
    public static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "0");
    }

    public static String waybill() {
        return "SF" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
    }

    /** A scan as a branch system publishes it. */
    public static EventEnvelope scan(String waybill, String branch, ScanType type, Instant at, RouteType route,
            ExceptionKind kind) {
        return EventCodec.envelope(ShipmentEvents.SCANNED, "branch/" + branch, waybill, waybill, at,
                new ShipmentEvents.Scanned(waybill, branch, type, at, route, branch + " hub", kind, null));
    }
}
