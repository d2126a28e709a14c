package com.careline.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.careline.devinfra.ServiceProcess;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input on every endpoint of every service, read from each service's own OpenAPI document: malformed
 * and wrongly typed bodies, huge strings, unknown enum values, ids that do not exist or are not ids, for
 * each role. Whatever the answer, it is never a 500 and every 4xx is a problem+json.
 */
@ExtendWith(RunningSuite.class)
class BadInputTest {

    /**
     * Ten times the longest text any form accepts (2,000): long enough to overflow every bound and column; put in
     * every field of a form at once, 200,000 made bodies of megabytes and most of this test's minutes.
     */
    private static final String HUGE = "界".repeat(20_000);
    private static final List<String> BODIES = List.of(
            "{", "[]", "\"text\"", "42", "null", "{}", "{\"unknown\": true}");
    /** 1e-600000000 is cheap to read and made a rounding compute 10^600000000: every decimal is bounded now. */
    private static final List<Object> VALUES = List.of(HUGE, -1, 1e300, new BigDecimal("1e-600000000"),
            "NOT_A_VALUE", Map.of("x", 1), List.of(1), true, "2026-13-45");
    private static final String[][] ROLES = {
        {"AGENT", "SZ"}, {"SUPERVISOR", "SZ"}, {"CS_MANAGER", "HQ"}, {"DIVISION_MANAGER", "HQ"},
        {"GENERAL_MANAGER", "HQ"}, {"BRANCH_SYSTEM", "SZ"}, {"OPS", "HQ"}};

    /** Values of the wrong type or outside any sane range, for every query parameter of every read. */
    private static final List<String> QUERY_VALUES = List.of("NOT_A_VALUE", "-1", "2147483647", "+999999999-12-31",
            "+999999999-12", "1e-600000000", "9".repeat(300));
    private static final String[][] QUERY_ROLES = {{"AGENT", "SZ"}, {"CS_MANAGER", "HQ"}, {"OPS", "HQ"}};

    private final RunningSuite suite = RunningSuite.get();

    /**
     * Every query parameter of every read with values of the wrong type or range, and the deepest page: a 400
     * names the parameter; a path without ids answers 404 only where its operation documents one (a filter
     * naming what does not exist), never for a wrong-typed parameter.
     */
    @Test
    void badQueryParametersAreA400NamingThem() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation op : operations()) {
            if (!op.method().equals("get") || op.path().contains("{")) {
                continue;
            }
            List<String> params = op.api().getList("paths.'" + op.path()
                    + "'.get.parameters.findAll { it['in'] == 'query' }.name");
            // a filter naming something that does not exist (a branch never seen) may be a documented 404
            boolean mayBeNotFound = op.api().get("paths.'" + op.path() + "'.get.responses.'404'") != null;
            for (String[] role : QUERY_ROLES) {
                String token = suite.token("fuzz", role[0], role[1]);
                for (String param : params) {
                    for (String value : QUERY_VALUES) {
                        requests++;
                        checkQuery(op.service(), op.path(), token, Map.of(param, value), params, mayBeNotFound,
                                failures);
                    }
                }
                if (params.contains("page") && params.contains("size")) {
                    requests++;
                    checkQuery(op.service(), op.path(), token, Map.of("page", "2147483647", "size", "200"),
                            List.of("page"), false, failures);
                }
            }
        }

        assertTrue(requests > 300, "only " + requests + " requests were made");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g.\n" + String.join("\n",
                failures.subList(0, Math.min(failures.size(), 15))));
    }

    /** A 400 must name a parameter of the operation: the one sent wrong, or a required one not sent. */
    private static void checkQuery(ServiceProcess service, String path, String token, Map<String, String> query,
            List<String> params, boolean mayBeNotFound, List<String> failures) {
        Response response = given().baseUri(service.url()).auth().oauth2(token).urlEncodingEnabled(true)
                .queryParams(query).when().get(path);
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        String what = service.name() + " GET " + path + " " + query.toString().substring(0,
                Math.min(query.toString().length(), 60)) + " -> " + status;
        if (status >= 500 || (status == 404 && !mayBeNotFound)
                || (status >= 400 && !type.startsWith("application/problem+json"))) {
            failures.add(what + " " + type);
        } else if (status == 400 && params.stream().noneMatch(p -> response.asString().contains("\"" + p))) {
            failures.add(what + " names none of " + params + ": " + response.asString());
        }
    }

    @Test
    void noEndpointAnswersBadInputWithA500() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation op : operations()) {
            List<String> bodies = bodies(op.api(), op.path(), op.method());
            for (String concrete : concretePaths(op.path())) {
                for (String[] role : ROLES) {
                    String token = suite.token("fuzz", role[0], role[1]);
                    for (String body : bodies) {
                        requests++;
                        int status = check(op.service(), op.method(), concrete, token, body, failures);
                        // the first body is malformed JSON: a 403 to it came before the body was read, so the
                        // role is refused whatever it sends; the other bodies would only repeat that answer
                        if (status == 403 && body == bodies.get(0)) {
                            break;
                        }
                    }
                }
            }
        }

        assertTrue(requests > 500, "only " + requests + " requests were made");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g.\n" + String.join("\n",
                failures.subList(0, Math.min(failures.size(), 15))));
    }

    /** #20: front ends generate clients from the documents: every operation has an operationId, unique. */
    @Test
    void everyOperationHasItsOwnOperationId() {
        Map<String, List<String>> seen = new TreeMap<>();
        for (Operation op : operations()) {
            String id = op.api().getString("paths.'" + op.path() + "'." + op.method() + ".operationId");
            assertTrue(id != null && !id.isBlank(), op.service().name() + " " + op.method() + " " + op.path()
                    + " has no operationId");
            seen.computeIfAbsent(op.service().name() + " " + id, k -> new ArrayList<>()).add(op.method() + " "
                    + op.path());
        }
        seen.values().removeIf(ops -> ops.size() == 1);
        assertTrue(seen.isEmpty(), "operationIds used twice: " + seen);
    }

    /** Sends one request and notes a bad answer; returns the status. */
    private static int check(ServiceProcess service, String method, String path, String token, String body,
            List<String> failures) {
        var request = given().baseUri(service.url()).auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        Response response = request.request(method.toUpperCase(), path);
        int status = response.statusCode();
        String type = response.contentType() == null ? "" : response.contentType();
        if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
            failures.add(service.name() + " " + method.toUpperCase() + " " + path.substring(0, Math.min(path.length(), 90))
                    + " [" + (body == null ? "" : body.substring(0, Math.min(body.length(), 60))) + "] -> " + status + " "
                    + type);
        }
        return status;
    }

    /** An operation of a service, as its OpenAPI document declares it. */
    private record Operation(ServiceProcess service, JsonPath api, String path, String method) {
    }

    /** Every GET, POST, PUT and DELETE of every service, read from each service's own OpenAPI document. */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (ServiceProcess service : suite.services().values()) {
            JsonPath api = given().baseUri(service.managementUrl()).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Map<String, Object>> paths = api.getMap("paths");
            paths.forEach((path, methods) -> methods.keySet().stream()
                    .filter(m -> List.of("get", "post", "put", "delete").contains(m))
                    .forEach(m -> operations.add(new Operation(service, api, path, m))));
        }
        return operations;
    }

    /** Each {param} replaced by an id that does not exist, by something that is not an id, and by a huge value. */
    private static List<String> concretePaths(String template) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        return List.of(template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()),
                template.replaceAll("\\{[^}]+}", "not-an-id"),
                template.replaceAll("\\{[^}]+}", "9".repeat(300)));
    }

    /** No body for reads; for writes malformed JSON, wrong shapes, and the operation's own fields with bad values. */
    private static List<String> bodies(JsonPath api, String path, String method) {
        if (method.equals("get") || method.equals("delete")) {
            return java.util.Collections.singletonList(null);
        }
        List<String> bodies = new ArrayList<>(BODIES);
        List<String> fields = fields(api, path, method);
        for (Object value : VALUES) {
            StringBuilder json = new StringBuilder("{");
            for (Iterator<String> it = fields.iterator(); it.hasNext(); ) {
                json.append('"').append(it.next()).append("\":").append(toJson(value)).append(it.hasNext() ? "," : "");
            }
            bodies.add(json.append('}').toString());
        }
        return bodies;
    }

    private static List<String> fields(JsonPath api, String path, String method) {
        String base = "paths.'" + path + "'." + method + ".requestBody.content.'application/json'.schema";
        String ref = api.getString(base + ".'$ref'");
        if (ref == null) {
            return List.of("value");
        }
        String schema = ref.substring(ref.lastIndexOf('/') + 1);
        Map<String, Object> properties = api.getMap("components.schemas." + schema + ".properties");
        return properties == null ? List.of("value") : new ArrayList<>(properties.keySet());
    }

    private static String toJson(Object value) {
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof Map<?, ?>) {
            return "{\"x\":1}";
        }
        if (value instanceof List<?>) {
            return "[1]";
        }
        return String.valueOf(value);
    }
}
