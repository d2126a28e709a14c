package com.careline.platform.testing;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Where a test's spans go: Quarkus hands them to this exporter bean instead of OTLP. Only the latest
 * {@value #KEPT} are kept, since a test JVM makes spans for every request and statement of every test.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private static final int KEPT = 20_000;

    private final Deque<SpanData> spans = new ArrayDeque<>();

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> batch) {
        for (SpanData s : batch) {
            if (spans.size() == KEPT) {
                spans.removeFirst();
            }
            spans.addLast(s);
        }
        return CompletableResultCode.ofSuccess();
    }

    /** The recorded spans that match, oldest first. */
    public synchronized List<SpanData> matching(Predicate<SpanData> filter) {
        return spans.stream().filter(filter).toList();
    }

    /** The recorded spans of one trace. */
    public List<SpanData> ofTrace(String traceId) {
        return matching(s -> s.getTraceId().equals(traceId));
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
