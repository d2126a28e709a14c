package com.careline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Branch isolation on every case resource: one case of each kind (complaint, inquiry, claim, revisit) is
 * opened at branch B, then every operation on it that each service's OpenAPI lists is called by the staff
 * of branch A, with a well-formed body built from the operation's schema. None succeeds, reads answer 404
 * as for a case that does not exist, nothing of the case leaks into an answer, its timeline is untouched,
 * and A's lists do not show it.
 */
@ExtendWith(RunningSuite.class)
class BranchIsolationTest {

    private static final String CUSTOMER = "宋隔离";
    private static final String[] ROLES = {"AGENT", "SUPERVISOR", "CS_MANAGER", "DIVISION_MANAGER"};
    /** service -> the case collection whose {id} operations are branch-scoped */
    private static final Map<String, String> COLLECTIONS = new LinkedHashMap<>();

    static {
        COLLECTIONS.put("complaint-service", "/api/complaints");
        COLLECTIONS.put("inquiry-service", "/api/inquiries");
        COLLECTIONS.put("claims-service", "/api/claims");
        COLLECTIONS.put("revisit-service", "/api/revisits");
    }

    private static final RunningSuite suite = RunningSuite.get();
    private static String branchA;
    private static String branchB;
    private static final Map<String, String> caseOfB = new HashMap<>();

    @BeforeAll
    static void openCasesAtBranchB() {
        String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        branchA = "IA" + suffix;
        branchB = "IB" + suffix;
        String agentB = suite.token("isolation.b.agent", "AGENT", branchB);
        String supervisorB = suite.token("isolation.b.supervisor", "SUPERVISOR", branchB);

        String complaint = created(post("complaint-service", agentB, "/api/complaints", Map.of("channel", "PHONE",
                "category", "DELAY", "customerName", CUSTOMER, "phone", "13800000009", "content", "快件延误三天")));
        post("complaint-service", supervisorB, "/api/complaints/" + complaint + "/acknowledge", Map.of("note", "已致电"))
                .then().statusCode(200);
        post("complaint-service", supervisorB, "/api/complaints/" + complaint + "/resolve",
                Map.of("resolution", "已补发并致歉")).then().statusCode(200);
        caseOfB.put("complaint-service", complaint);
        caseOfB.put("inquiry-service", created(post("inquiry-service", agentB, "/api/inquiries", Map.of(
                "channel", "PHONE", "topic", "FREIGHT", "region", branchB, "customerName", CUSTOMER,
                "phone", "13800000009", "content", "运费多少？"))));
        caseOfB.put("claims-service", created(post("claims-service", agentB, "/api/claims", Map.of(
                "type", "DELAY", "waybillNo", "ISO" + suffix, "claimant", CUSTOMER, "phone", "13800000009",
                "declaredValue", 5000, "insured", false, "freight", 20, "amountClaimed", 1000, "currency", "CNY",
                "description", "延误七天"))));
        // the resolved complaint schedules the follow-up call at revisit-service, in branch B
        await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(suite.url("revisit-service"))
                .auth().oauth2(supervisorB).when().get("/api/revisits").then().statusCode(200).extract()
                .jsonPath().getList("items.id").size() == 1);
        caseOfB.put("revisit-service", given().baseUri(suite.url("revisit-service")).auth().oauth2(supervisorB)
                .when().get("/api/revisits").then().extract().path("items[0].id"));
    }

    @Test
    void staffOfAnotherBranchCanNeitherSeeNorChangeACase() {
        List<String> failures = new ArrayList<>();
        int notFound = 0;
        int calls = 0;
        for (var entry : COLLECTIONS.entrySet()) {
            String service = entry.getKey();
            String id = caseOfB.get(service);
            int timelineBefore = timeline(service, entry.getValue(), id).size();
            JsonPath api = given().baseUri(suite.managementUrl(service)).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Map<String, Object>> paths = api.getMap("paths");
            for (var path : paths.entrySet()) {
                if (!path.getKey().startsWith(entry.getValue() + "/{id}")) {
                    continue;
                }
                String concrete = path.getKey().replace("{id}", id).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (String method : path.getValue().keySet()) {
                    for (String role : ROLES) {
                        calls++;
                        Response response = call(api, service, path.getKey(), method, concrete,
                                suite.token("isolation.a." + role.toLowerCase(), role, branchA));
                        int status = response.statusCode();
                        notFound += status == 404 ? 1 : 0;
                        boolean allowed = method.equals("get") ? status == 404 || status == 403
                                : status == 404 || status == 403 || status == 400;
                        if (!allowed || response.asString().contains(CUSTOMER)) {
                            failures.add(role + " " + method.toUpperCase() + " " + path.getKey() + " -> " + status + " "
                                    + response.asString().substring(0, Math.min(200, response.asString().length())));
                        }
                    }
                }
            }
            List<Map<String, Object>> after = timeline(service, entry.getValue(), id);
            assertEquals(timelineBefore, after.size(), service + ": the case's timeline changed: " + after);
            assertFalse(after.toString().contains("isolation.a."), service + ": staff of A acted on the case");
            for (String role : ROLES) {
                Response list = given().baseUri(suite.url(service))
                        .auth().oauth2(suite.token("isolation.a." + role.toLowerCase(), role, branchA))
                        .when().get(entry.getValue());
                assertTrue(list.statusCode() == 200 || list.statusCode() == 403, service + " list -> " + list.statusCode());
                assertFalse(list.asString().contains(id), service + ": " + role + " of A lists B's case");
            }
        }
        System.out.printf("branch isolation: %d calls by staff of %s on cases of %s, %d answered 404%n",
                calls, branchA, branchB, notFound);
        assertTrue(calls > 100, "only " + calls + " calls were made");
        // most operations got past their body checks to the case lookup, which answered as for no case
        assertTrue(notFound > calls / 2, notFound + " of " + calls + " calls reached the case lookup");
        assertEquals(List.of(), failures);
    }

    private static Response call(JsonPath api, String service, String template, String method, String path,
            String token) {
        RequestSpecification request = given().baseUri(suite.url(service)).auth().oauth2(token);
        String content = "paths.'" + template + "'." + method + ".requestBody.content";
        Map<String, Object> media = api.getMap(content);
        if (media != null && media.containsKey("multipart/form-data")) {
            request.multiPart("type", "INVOICE").multiPart("file", "invoice.pdf", "%PDF-1.4".getBytes(), "application/pdf");
        } else if (media != null) {
            request.contentType(ContentType.JSON).body(sample(api, api.getMap(content + ".'application/json'.schema"), 0));
        }
        return request.request(method.toUpperCase(), path);
    }

    /** A well-formed value for a schema: its example, else the first enum value, else one of its type. */
    private static Object sample(JsonPath api, Map<String, Object> schema, int depth) {
        if (schema == null || depth > 3) {
            return Map.of();
        }
        if (schema.get("$ref") instanceof String ref) {
            return sample(api, api.getMap("components.schemas." + ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return sample(api, cast(all.get(0)), depth + 1);
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        return switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of(sample(api, cast(schema.get("items")), depth + 1));
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = cast(schema.get("properties"));
                if (properties != null) {
                    properties.forEach((name, property) -> object.put(name, sample(api, cast(property), depth + 1)));
                }
                yield object;
            }
            default -> switch (format) {
                case "date" -> LocalDate.now().toString();
                case "date-time" -> Instant.now().toString();
                case "uuid" -> UUID.randomUUID().toString();
                default -> "说明";
            };
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static List<Map<String, Object>> timeline(String service, String collection, String id) {
        return given().baseUri(suite.url(service)).auth().oauth2(suite.token("isolation.hq", "CS_MANAGER", "HQ"))
                .when().get(collection + "/" + id + "/timeline").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Response post(String service, String token, String path, Map<String, Object> body) {
        return given().baseUri(suite.url(service)).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path);
    }

    private static String created(Response response) {
        return response.then().statusCode(201).extract().path("id");
    }
}
