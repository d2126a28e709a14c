package com.careline.platform.tracing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The trace context an event carries from the change that raised it to every consumer: written with the outbox
 * row (its {@code headers}, which the relay turns into Kafka headers, since the relay's own producer is not
 * instrumented) and read back from the record's headers by {@link com.careline.platform.consumer.EventConsumption},
 * whose span of a batch links the span of each of its records (W3C {@code traceparent}/{@code tracestate}).
 * With the SDK off ({@code quarkus.otel.sdk.disabled}) nothing is written and no span is made.
 */
@Singleton
public class Traces {

    public static final AttributeKey<String> CORRELATION_ID = AttributeKey.stringKey("careline.correlation_id");
    public static final AttributeKey<String> CASE_ID = AttributeKey.stringKey("careline.case_id");
    public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("careline.event_id");
    public static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("careline.event_type");
    /** The headers that carry a trace context: only these are kept from a record. */
    public static final List<String> HEADERS = List.of("traceparent", "tracestate");

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final OpenTelemetry otel;
    private final Tracer tracer;

    /** No OpenTelemetry bean when a build turns the extension off ({@code quarkus.otel.enabled=false}): no-op. */
    Traces(Instance<OpenTelemetry> otel) {
        this.otel = otel.isResolvable() ? otel.get() : OpenTelemetry.noop();
        this.tracer = this.otel.getTracer("com.careline.platform");
    }

    /**
     * The current trace context as the JSON object of an outbox row's headers, or null outside a recorded span.
     * The span it is taken in is marked with the event's case and correlation id, so that a trace is found by
     * either.
     */
    public String stagedWith(String correlationId, String caseId) {
        Span current = Span.current();
        if (!current.getSpanContext().isValid()) {
            return null;
        }
        current.setAttribute(CORRELATION_ID, correlationId);
        current.setAttribute(CASE_ID, caseId);
        return currentHeaders();
    }

    /** The current trace context as an outbox row's headers (JSON), or null outside a recorded span. */
    public String currentHeaders() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        otel.getPropagators().getTextMapPropagator().inject(Context.current(), headers, Map::put);
        return headers.isEmpty() ? null : EventCodec.tree(headers).toString();
    }

    /** The span context a record's headers carry, or an invalid one. */
    public SpanContext remote(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return SpanContext.getInvalid();
        }
        Context extracted = otel.getPropagators().getTextMapPropagator().extract(Context.root(), headers, FROM_MAP);
        return Span.fromContext(extracted).getSpanContext();
    }

    /** A consumer's span over one poll, a root of its own: its records' spans are linked, not parents. */
    public SpanBuilder batch(String consumer, int records) {
        return tracer.spanBuilder(consumer + " process").setSpanKind(SpanKind.CONSUMER).setNoParent()
                .setAttribute("messaging.system", "kafka")
                .setAttribute("careline.consumer", consumer)
                .setAttribute("messaging.batch.message_count", records);
    }

    /** The link of a batch's span to the span that staged one of its events. */
    public static void link(SpanBuilder batch, SpanContext remote, EventEnvelope event) {
        if (remote.isValid()) {
            batch.addLink(remote, event == null ? Attributes.empty()
                    : Attributes.of(EVENT_ID, event.id().toString(), EVENT_TYPE, event.type(), CASE_ID,
                            event.subject(), CORRELATION_ID, event.correlationId()));
        }
    }
}
