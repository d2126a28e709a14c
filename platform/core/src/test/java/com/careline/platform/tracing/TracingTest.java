package com.careline.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.testing.CareLineInfra;
import com.careline.platform.testing.EventTap;
import com.careline.platform.testing.RecordedSpans;
import com.careline.platform.testing.Tokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * One change followed across the services' boundaries: a REST call's trace goes with the event it stages
 * (outbox row, Kafka headers), and the consumer's span of the poll links it and passes its own trace to the
 * events it stages in turn.
 */
@QuarkusTest
@WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)
class TracingTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Random RANDOM = new Random();

    @Inject
    EventTap events;

    @Inject
    RecordedSpans spans;

    @Test
    void aRestCallsTraceGoesWithItsEventAndCarriesTheCorrelationId() {
        String traceId = hex(16);
        String parentSpan = hex(8);
        String subject = "case-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.agent("SZ")).header("traceparent", "00-" + traceId + "-" + parentSpan + "-01")
                .when().post("/probe/raised/" + subject).then().statusCode(200);

        EventTap.Record record = await().atMost(WAIT).until(() -> events.records(Topics.COMPLAINT_EVENTS).stream()
                .filter(r -> subject.equals(r.key())).findFirst(), java.util.Optional::isPresent).get();
        assertEquals(traceId, traceIdOf(record.headers().get("traceparent")), "the record's trace is the call's");

        SpanData server = await().atMost(WAIT).until(() -> spans.ofTrace(traceId).stream()
                .filter(s -> s.getKind() == SpanKind.SERVER).findFirst(), java.util.Optional::isPresent).get();
        assertEquals(parentSpan, server.getParentSpanId(), "the call continues the caller's trace");
        assertEquals("corr-" + subject, server.getAttributes().get(Traces.CORRELATION_ID));
        assertEquals(subject, server.getAttributes().get(Traces.CASE_ID));
        await().atMost(WAIT).until(() -> spans.ofTrace(traceId).stream()
                .anyMatch(s -> s.getKind() == SpanKind.CLIENT && s.getName().toLowerCase().contains("insert")));
    }

    @Test
    void aConsumersSpanLinksTheEventsSpanAndItsOwnEventsCarryItsTrace() {
        String traceId = hex(16);
        String stagedBy = hex(8);
        String subject = "case-" + UUID.randomUUID();
        EventEnvelope event = EventCodec.envelope("revisit.completed", "careline/test", subject, "corr-" + subject,
                Instant.now(), Map.of("echo", true));
        events.send(Topics.REVISIT_EVENTS, subject, EventCodec.encode(event),
                Map.of("traceparent", "00-" + traceId + "-" + stagedBy + "-01"));

        SpanData batch = await().atMost(WAIT).until(() -> spans.matching(s -> s.getKind() == SpanKind.CONSUMER
                && s.getLinks().stream().anyMatch(l -> l.getSpanContext().getTraceId().equals(traceId))).stream()
                .findFirst(), java.util.Optional::isPresent).get();
        LinkData link = batch.getLinks().stream().filter(l -> l.getSpanContext().getTraceId().equals(traceId))
                .findFirst().orElseThrow();
        assertEquals(stagedBy, link.getSpanContext().getSpanId());
        assertEquals(event.id().toString(), link.getAttributes().get(Traces.EVENT_ID));
        assertEquals("corr-" + subject, link.getAttributes().get(Traces.CORRELATION_ID));
        assertEquals("platform-probe process", batch.getName());
        assertTrue(!batch.getTraceId().equals(traceId), "a poll is a trace of its own, linked, not a child");

        EventTap.Record echoed = await().atMost(WAIT).until(() -> events.records(Topics.COMPLAINT_EVENTS).stream()
                .filter(r -> subject.equals(r.key())).findFirst(), java.util.Optional::isPresent).get();
        assertEquals("probe.echoed", echoed.envelope().type());
        assertEquals(batch.getTraceId(), traceIdOf(echoed.headers().get("traceparent")),
                "what the consumer staged is in the poll's trace");
        List<SpanData> statements = spans.ofTrace(batch.getTraceId()).stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT).toList();
        assertTrue(!statements.isEmpty(), "the poll's statements are in its trace");
    }

    private static String traceIdOf(String traceparent) {
        assertTrue(traceparent != null && traceparent.startsWith("00-"), "traceparent: " + traceparent);
        return traceparent.split("-")[1];
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        b[0] |= 1; // never all zeros, which is not a valid id
        return HexFormat.of().formatHex(b);
    }
}
