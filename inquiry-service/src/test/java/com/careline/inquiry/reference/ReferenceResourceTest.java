package com.careline.inquiry.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class ReferenceResourceTest {

    @Test
    void quotesTheSeedExampleFromYinchuanToTianjin() {
        // 002: 100 cartons 40x30x35 cm, 20 kg each. Volumetric 100 x 42,000 / 6000 = 700 kg < 2000 kg actual.
        // rates.csv FREIGHT zone 3 (NORTHWEST-NORTH): 60.00 for the first 30 kg + 1970 kg x 1.20 = 2424.00,
        // fuel surcharge 5% = 121.20, total 2545.20.
        var form = Map.of("origin", "银川", "destination", "天津", "service", "FREIGHT",
                "pieces", List.of(Map.of("count", 100, "lengthCm", 40, "widthCm", 30, "heightCm", 35, "weightKg", 20)));

        given().auth().oauth2(Tokens.agent("YC")).contentType(ContentType.JSON).body(form)
                .when().post("/api/reference/freight-quotes")
                .then().statusCode(200)
                .body("zone", is(3), "routeType", is("OTHER_CITY"), "pieces", is(100),
                        "actualWeightKg", is(2000.00f), "volumetricWeightKg", is(700.00f),
                        "chargeableWeightKg", is(2000), "volumetricDivisor", is(6000),
                        "items.code", is(List.of("FIRST_WEIGHT", "ADDITIONAL_WEIGHT", "FUEL_SURCHARGE")),
                        "items[1].quantity", is(1970), "items[1].amount", is(2364.00f),
                        "items[2].amount", is(121.20f), "total", is(2545.20f), "currency", is("CNY"));
    }

    @Test
    void rejectsAnUnknownCityAndABadPieceNamingTheField() {
        var form = Map.of("origin", "Atlantis", "destination", "天津", "service", "FREIGHT",
                "pieces", List.of(Map.of("count", 1, "lengthCm", 40, "widthCm", 30, "heightCm", 35, "weightKg", 20)));
        given().auth().oauth2(Tokens.agent("YC")).contentType(ContentType.JSON).body(form)
                .when().post("/api/reference/freight-quotes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("origin"));

        var bad = Map.of("origin", "银川", "destination", "天津", "service", "FREIGHT",
                "pieces", List.of(Map.of("count", 0, "lengthCm", 40, "widthCm", 30, "heightCm", 35, "weightKg", 20)));
        given().auth().oauth2(Tokens.agent("YC")).contentType(ContentType.JSON).body(bad)
                .when().post("/api/reference/freight-quotes")
                .then().statusCode(400).body("errors.field", hasItem("pieces[0].count"));
    }

    @Test
    void answersTransitTimeServiceAreaAndProhibitedItemsFromTheDataFiles() {
        String agent = Tokens.agent("SZ");

        given().auth().oauth2(agent).queryParam("origin", "深圳").queryParam("destination", "深圳")
                .when().get("/api/reference/transit-time")
                .then().statusCode(200).body("routeType", is("SAME_CITY"), "limitDays", is(1), "fullyDelayedDays", is(3));
        given().auth().oauth2(agent).queryParam("origin", "shenzhen").queryParam("destination", "东京")
                .when().get("/api/reference/transit-time")
                .then().statusCode(200).body("routeType", is("INTERNATIONAL"), "limitDays", is(7),
                        "fullyDelayedDays", is(10));
        given().auth().oauth2(agent).queryParam("city", "银川").when().get("/api/reference/service-area")
                .then().statusCode(200).body("served", is(true), "districts.district", hasItem("金凤区"));
        given().auth().oauth2(agent).queryParam("q", "打火机").when().get("/api/reference/prohibited-items")
                .then().statusCode(200).body("name", is(List.of("易燃易爆物品")));
    }
}
