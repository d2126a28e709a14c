package com.careline.platform.tracing;

import java.util.List;

import jakarta.inject.Singleton;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sampler: a statement outside any request or consumed poll (the outbox relay's and the schedulers' polls,
 * every second on every pod) makes no trace; everything else follows its parent, and a new trace is kept with
 * the probability {@code careline.tracing.ratio} (1.0: all of them).
 */
@Singleton
public class UnrootedStatements implements Sampler {

    private final Sampler delegate;

    UnrootedStatements(@ConfigProperty(name = "careline.tracing.ratio", defaultValue = "1.0") double ratio) {
        this.delegate = Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
    }

    @Override
    public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
            Attributes attributes, List<LinkData> links) {
        if (kind == SpanKind.CLIENT && !Span.fromContext(parent).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return delegate.shouldSample(parent, traceId, name, kind, attributes, links);
    }

    @Override
    public String getDescription() {
        return "UnrootedStatements{" + delegate.getDescription() + "}";
    }
}
