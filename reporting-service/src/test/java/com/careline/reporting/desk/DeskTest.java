package com.careline.reporting.desk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Party;
import com.careline.platform.events.Topics;
import com.careline.platform.events.complaint.ComplaintClocks;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.TestClock;
import com.careline.platform.testing.Tokens;
import com.careline.reporting.Feed;
import com.careline.reporting.desk.live.Streams;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class DeskTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EventTap events;

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    @Inject
    Streams streams;

    @TestHTTPResource("/")
    URL base;

    private final String manager = Tokens.as("ops-" + UUID.randomUUID().toString().substring(0, 8), "OPS", "HQ");

    /**
     * An escalation of a complaint of branch B to its supervisors: once in B's supervisor's inbox (not in
     * another branch's), once however often its event comes, live on B's open stream, one mail to B's
     * supervisor in the directory; acknowledged once, and the ticket opens one stream only.
     */
    @Test
    void anEscalationReachesItsBranchSupervisorOnceInTheInboxLiveAndByMail() throws Exception {
        String branch = Feed.freshBranch();
        String other = Feed.freshBranch();
        String supervisor = "sup-" + branch.toLowerCase();
        putStaff(supervisor, branch, "SUPERVISOR");
        putStaff("sup-" + other.toLowerCase(), other, "SUPERVISOR");
        putStaff("agent-" + branch.toLowerCase(), branch, "AGENT");
        String token = Tokens.as(supervisor, "SUPERVISOR", branch);
        String otherToken = Tokens.as("sup-" + other.toLowerCase(), "SUPERVISOR", other);

        String ticket = given().auth().oauth2(token).when().post("/api/desk/stream-tickets")
                .then().statusCode(201).extract().path("ticket");
        int open = streams.size();
        Queue<String> received = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        URI stream = base.toURI().resolve("/api/desk/stream?ticket=" + ticket);
        var response = http.sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        await().atMost(WAIT).until(() -> streams.size() > open);
        Stream<String> lines = response.get(60, TimeUnit.SECONDS).body();
        Thread reader = new Thread(() -> lines.forEach(received::add), "desk-test-stream");
        reader.setDaemon(true);
        reader.start();
        try {
            escalationOf(branch, other, supervisor, token, otherToken, ticket, received);
        } finally {
            lines.close();
        }
    }

    private void escalationOf(String branch, String other, String supervisor, String token, String otherToken,
            String ticket, Queue<String> received) {
        // the ticket opened that stream; it opens no other
        given().queryParam("ticket", ticket).when().get("/api/desk/stream").then().statusCode(401)
                .contentType("application/problem+json");

        UUID complaint = UUID.randomUUID();
        Instant raised = clock.instant().minus(Duration.ofMinutes(5));
        EventEnvelope escalated = EventCodec.envelope(ComplaintEvents.ESCALATED, "careline/complaint-service",
                complaint.toString(), complaint.toString(), raised, new Escalated(UUID.randomUUID(),
                        complaint.toString(), branch, ComplaintClocks.FIRST_RESPONSE, 1, "SUPERVISOR",
                        raised.minus(Duration.ofHours(1)), raised));
        events.send(Topics.COMPLAINT_EVENTS, escalated);
        // the same event again, and again under another id (a service that published it twice)
        events.send(Topics.COMPLAINT_EVENTS, escalated);
        events.send(Topics.COMPLAINT_EVENTS, new EventEnvelope(UUID.randomUUID(), escalated.type(),
                escalated.source(), escalated.subject(), escalated.time(), escalated.correlationId(),
                escalated.data()));

        String id = await().atMost(WAIT).until(() -> given().auth().oauth2(token).when().get("/api/desk/inbox")
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("items"),
                items -> !items.isEmpty()).get(0).get("id").toString();
        await().atMost(WAIT).untilAsserted(() -> assertTrue(received.stream().anyMatch(l -> l.contains(id)),
                "the open stream received the item: " + received));
        String email = supervisor + "@example.com";
        await().atMost(WAIT).until(() -> mailbox.getMailsSentTo(email).size() == 1);
        // a later event of the same complaint (same partition) is in: the repeats before it were applied too
        feedAndAwait(complaint, branch);
        given().auth().oauth2(token).queryParam("kind", "ESCALATION").when().get("/api/desk/inbox")
                .then().statusCode(200)
                .body("total", equalTo(1), "items[0].kind", equalTo("ESCALATION"),
                        "items[0].addressRole", equalTo("SUPERVISOR"), "items[0].level", equalTo(1),
                        "items[0].status", equalTo("OPEN"));
        given().auth().oauth2(otherToken).when().get("/api/desk/inbox").then().statusCode(200)
                .body("total", equalTo(0));
        // the supervisor watches the branch: the owned case of the later event is there too
        given().auth().oauth2(token).when().get("/api/desk/inbox").then().statusCode(200).body("total", equalTo(2));
        Mail mail = mailbox.getMailsSentTo(email).get(0);
        assertEquals(1, mailbox.getMailsSentTo(email).size());
        assertTrue(mail.getSubject().contains(ComplaintClocks.FIRST_RESPONSE), mail.getSubject());
        // named after its outbox row, so that a resend is the same message
        assertTrue(mail.getHeaders().get("Message-ID").get(0).matches("<[0-9a-f-]{36}@desk\\.careline\\.local>"),
                mail.getHeaders().toString());
        assertTrue(mailbox.getMailsSentTo("agent-" + branch.toLowerCase() + "@example.com").isEmpty(),
                "an agent of the branch is no supervisor");
        assertEquals(1, received.stream().filter(l -> l.contains(id)).count(), "streamed once: " + received);

        given().auth().oauth2(otherToken).when().post("/api/desk/inbox/" + id + "/acknowledge")
                .then().statusCode(404);
        given().auth().oauth2(token).when().post("/api/desk/inbox/" + id + "/acknowledge").then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"), "acknowledgedBy", equalTo(supervisor),
                        "acknowledgedAt", equalTo(clock.instant().toString()));
        given().auth().oauth2(token).when().post("/api/desk/inbox/" + id + "/acknowledge").then().statusCode(409)
                .contentType("application/problem+json");
        // acknowledged, still on the ladder: it stays in the inbox until the clock is met
        given().auth().oauth2(token).queryParam("status", "ACKNOWLEDGED").when().get("/api/desk/inbox")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        new Feed(events).acknowledged(complaint, branch, clock.instant());
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).queryParam("status", "DONE")
                .when().get("/api/desk/inbox").then().statusCode(200).body("items.id", equalTo(List.of(id))));
        given().auth().oauth2(token).queryParam("kind", "ESCALATION").when().get("/api/desk/inbox")
                .then().statusCode(200).body("total", equalTo(0));
    }

    /** 003 (5): an urgent complaint received after hours reaches the CS manager the roster has on duty. */
    @Test
    void anUrgentComplaintAfterHoursReachesTheOnDutyManager() {
        String branch = Feed.freshBranch();
        String onDuty = "cm-duty-" + branch.toLowerCase();
        String offDuty = "cm-off-" + branch.toLowerCase();
        putStaff(onDuty, branch, "CS_MANAGER");
        putStaff(offDuty, branch, "CS_MANAGER");
        Instant at = clock.instant().minus(Duration.ofMinutes(2));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("role", "CS_MANAGER", "branch", branch, "username", onDuty,
                        "from", at.minus(Duration.ofHours(2)).toString(),
                        "to", at.plus(Duration.ofHours(10)).toString()))
                .when().post("/api/desk/roster").then().statusCode(201);
        UUID complaint = UUID.randomUUID();
        events.send(Topics.COMPLAINT_EVENTS, EventCodec.envelope(ComplaintEvents.URGENT_AFTER_HOURS,
                "careline/complaint-service", complaint.toString(), complaint.toString(), at,
                new ComplaintEvents.UrgentAfterHours(complaint, branch + "0001", branch, false, "agent", at)));

        await().atMost(WAIT).until(() -> mailbox.getMailsSentTo(onDuty + "@example.com").size() == 1);
        assertTrue(mailbox.getMailsSentTo(offDuty + "@example.com").isEmpty(), "the manager off duty is not mailed");
        given().auth().oauth2(Tokens.as(offDuty, "CS_MANAGER", branch)).queryParam("kind", "URGENT_AFTER_HOURS")
                .when().get("/api/desk/inbox").then().statusCode(200)
                .body("items", hasSize(1), "items[0].caseNumber", equalTo(branch + "0001"));
    }

    /** The head clerk sits at headquarters: a branch's major hand-off escalation reaches them there, not the branch. */
    @Test
    void anEscalationToAHeadquartersRoleReachesHeadquarters() {
        String branch = Feed.freshBranch();
        String clerk = "clerk-" + branch.toLowerCase();
        putStaff(clerk, "HQ", "HEAD_CLERK");
        UUID complaint = UUID.randomUUID();
        Instant raised = clock.instant().minus(Duration.ofMinutes(3));
        events.send(Topics.COMPLAINT_EVENTS, EventCodec.envelope(ComplaintEvents.ESCALATED,
                "careline/complaint-service", complaint.toString(), complaint.toString(), raised,
                new Escalated(UUID.randomUUID(), complaint.toString(), branch, ComplaintClocks.MAJOR_HANDOFF, 1,
                        "HEAD_CLERK", raised.minus(Duration.ofMinutes(30)), raised)));

        await().atMost(WAIT).until(() -> mailbox.getMailsSentTo(clerk + "@example.com").size() == 1);
        given().auth().oauth2(Tokens.as(clerk, "HEAD_CLERK", "HQ")).queryParam("size", "200")
                .when().get("/api/desk/inbox").then().statusCode(200)
                .body("items.findAll { it.caseId == '" + complaint + "' }.addressBranch", equalTo(List.of("HQ")));
        given().auth().oauth2(Tokens.as("clerk-of-" + branch, "HEAD_CLERK", branch)).when().get("/api/desk/inbox")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aTicketExpiresAndAStreamWithoutOneIsRefusedNamingIt() {
        String ticket = given().auth().oauth2(Tokens.agent("SZ")).when().post("/api/desk/stream-tickets")
                .then().statusCode(201).extract().path("ticket");
        clock.advance(Duration.ofSeconds(61));
        given().queryParam("ticket", ticket).when().get("/api/desk/stream").then().statusCode(401);
        given().when().get("/api/desk/stream").then().statusCode(400).body("errors[0].field", equalTo("ticket"));
        given().when().post("/api/desk/stream-tickets").then().statusCode(401);
    }

    @Test
    void badInputIsA400NamingTheField() {
        given().auth().oauth2(Tokens.supervisor("SZ")).queryParam("kind", "CHORE").when().get("/api/desk/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "email", "x@example.com", "branch", "SZ", "roles", List.of("WIZARD")))
                .when().put("/api/desk/staff/x").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        given().auth().oauth2(Tokens.of("CS_MANAGER", "SZ")).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "email", "x@example.com", "branch", "BJ", "roles", List.of("AGENT")))
                .when().put("/api/desk/staff/x").then().statusCode(404);
    }

    /** An owned case is in its owner's inbox until it is resolved. */
    @Test
    void anOwnedComplaintLeavesTheInboxWhenResolved() {
        String branch = Feed.freshBranch();
        String owner = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = clock.instant().minus(Duration.ofMinutes(1));
        UUID complaint = UUID.randomUUID();
        events.send(Topics.COMPLAINT_EVENTS, EventCodec.envelope(ComplaintEvents.REGISTERED,
                "careline/complaint-service", complaint.toString(), complaint.toString(), at,
                new ComplaintEvents.Registered(complaint, branch + "0002", branch, "PHONE", "DELAY", false, List.of(),
                        null, "K", owner, at, List.of(ComplaintClocks.FIRST_RESPONSE), Party.NONE)));
        String token = Tokens.as(owner, "AGENT", branch);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).when().get("/api/desk/inbox")
                .then().statusCode(200).body("items.kind", equalTo(List.of("OWNED_CASE")),
                        "items[0].caseNumber", equalTo(branch + "0002")));
        new Feed(events).resolved(complaint, branch, at, clock.instant());
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).when().get("/api/desk/inbox")
                .then().statusCode(200).body("total", equalTo(0)));
    }

    /**
     * A poll of several complaints with several events each lands as the events would one by one: a case's
     * changes in their order (its escalation met by its resolution, then the case reopened; reopened and resolved
     * again; an owner change after the registration), the cases' side by side.
     */
    @Test
    void aPollOfSeveralCasesLandsAsTheirEventsWouldOneByOne() {
        String branch = Feed.freshBranch();
        String next = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = clock.instant().minus(Duration.ofMinutes(10));
        Feed feed = Feed.together(events);
        UUID a = feed.registered(branch, "PHONE", "DELAY", false, "K", at);
        UUID b = feed.registered(branch, "PHONE", "DELAY", false, "K", at);
        UUID c = feed.registered(branch, "PHONE", "DELAY", false, "K", at);
        UUID d = feed.registered(branch, "PHONE", "DELAY", false, "K", at);
        feed.escalated(a, branch, ComplaintClocks.FIRST_RESPONSE, 1, at.plusSeconds(60));
        feed.resolved(b, branch, at, at.plusSeconds(120));
        feed.resolved(d, branch, at, at.plusSeconds(120));
        feed.resolved(a, branch, at, at.plusSeconds(120));
        feed.ownerChanged(c, branch, next, at.plusSeconds(180));
        feed.reopened(d, branch, at.plusSeconds(180));
        feed.reopened(a, branch, at.plusSeconds(240));
        feed.resolved(d, branch, at, at.plusSeconds(240));
        feed.sendTogether(5);

        String supervisor = Tokens.as("sup-" + branch.toLowerCase(), "SUPERVISOR", branch);
        // only the last event makes the open items these
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(supervisor).when().get("/api/desk/inbox")
                .then().statusCode(200).body("items.collect { it.caseId + ' ' + it.kind + ' ' + it.owner }.sort()",
                        equalTo(Stream.of(a + " OWNED_CASE agent", c + " OWNED_CASE " + next).sorted().toList())));
        given().auth().oauth2(supervisor).queryParam("status", "DONE").when().get("/api/desk/inbox")
                .then().statusCode(200).body("items.collect { it.caseId + ' ' + it.kind }.sort()",
                        equalTo(Stream.of(a + " ESCALATION", b + " OWNED_CASE", d + " OWNED_CASE").sorted().toList()));
    }

    /**
     * An inbox counts no further than {@code careline.desk.count-up-to} (3 in tests): past it the total is a lower
     * bound, said so; below it, exact again.
     */
    @Test
    void anInboxCountsUpToItsBoundAndSaysWhenTheTotalIsALowerBound() {
        String branch = Feed.freshBranch();
        String owner = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = clock.instant().minus(Duration.ofMinutes(1));
        List<UUID> complaints = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < complaints.size(); i++) {
            UUID complaint = complaints.get(i);
            events.send(Topics.COMPLAINT_EVENTS, EventCodec.envelope(ComplaintEvents.REGISTERED,
                    "careline/complaint-service", complaint.toString(), complaint.toString(), at,
                    new ComplaintEvents.Registered(complaint, branch + "010" + i, branch, "PHONE", "DELAY", false,
                            List.of(), null, "K", owner, at, List.of(ComplaintClocks.FIRST_RESPONSE), Party.NONE)));
        }
        String token = Tokens.as(owner, "AGENT", branch);
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).queryParam("size", 10)
                .when().get("/api/desk/inbox").then().statusCode(200)
                .body("items", hasSize(4), "total", equalTo(3), "totalExact", equalTo(false)));
        Feed feed = new Feed(events);
        feed.resolved(complaints.get(0), branch, at, clock.instant());
        feed.resolved(complaints.get(1), branch, at, clock.instant());
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).when().get("/api/desk/inbox")
                .then().statusCode(200).body("items", hasSize(2), "total", equalTo(2), "totalExact", equalTo(true)));
    }

    private void putStaff(String username, String branch, String role) {
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("name", username, "email", username + "@example.com", "branch", branch,
                        "roles", List.of(role)))
                .when().put("/api/desk/staff/" + username).then().statusCode(200).body("branch", equalTo(branch));
    }

    /** Sends one more event of the complaint after the others and waits until the desk has it. */
    private void feedAndAwait(UUID complaint, String branch) {
        String owner = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = clock.instant().minus(Duration.ofMinutes(1));
        events.send(Topics.COMPLAINT_EVENTS, EventCodec.envelope(ComplaintEvents.OWNER_CHANGED,
                "careline/complaint-service", complaint.toString(), complaint.toString(), at,
                new ComplaintEvents.OwnerChanged(complaint, "n", branch, null, owner, "test", "agent", at)));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.as(owner, "AGENT", branch))
                .when().get("/api/desk/inbox").then().statusCode(200).body("total", equalTo(1)));
    }
}
