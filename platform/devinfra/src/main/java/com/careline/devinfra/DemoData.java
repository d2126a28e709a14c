package com.careline.devinfra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A few demo cases posted through the public API, as an agent would. */
final class DemoData {

    private static final List<String> COMPLAINTS = List.of(
            """
            {"channel":"PHONE","category":"DELAY","customerName":"王先生","customerNumber":"C10001",
             "phone":"13800000001","contact":"深圳市南山区科技园","waybillNo":"SF100000001",
             "content":"快件已经延误三天，还没有送到"}""",
            """
            {"channel":"EMAIL","category":"DAMAGE","customerName":"Li Na","customerNumber":"C10002",
             "phone":"13800000002","contact":"li.na@example.com","waybillNo":"SF100000002",
             "content":"The carton arrived crushed and two items are broken"}""");

    private DemoData() {
    }

    static void load(List<ServiceProcess> services, DevTokens tokens) throws Exception {
        ServiceProcess complaints = services.stream().filter(s -> s.name().equals("complaint-service"))
                .findFirst().orElseThrow();
        String token = tokens.token("agent.sz", "AGENT", "SZ", Duration.ofMinutes(5));
        HttpClient http = HttpClient.newHttpClient();
        for (String body : COMPLAINTS) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(complaints.url() + "/api/complaints"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("demo complaint: " + response.statusCode() + " " + response.body());
        }
    }
}
