package com.careline.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds, recorded from many threads (HdrHistogram, 3 significant digits). */
final class Latency {

    private final Recorder recorder = new Recorder(TimeUnit.MINUTES.toMicros(10), 3);
    private Histogram total;

    /** Records the time since {@code startNanos} (a {@link System#nanoTime()} value). */
    void recordSince(long startNanos) {
        recordMicros((System.nanoTime() - startNanos) / 1_000);
    }

    void recordMicros(long micros) {
        recorder.recordValue(Math.max(0, Math.min(micros, TimeUnit.MINUTES.toMicros(10))));
    }

    /** Everything recorded so far; later calls add what was recorded since. */
    synchronized Histogram histogram() {
        Histogram interval = recorder.getIntervalHistogram();
        if (total == null) {
            total = interval.copy();
        } else {
            total.add(interval);
        }
        return total;
    }

    long count() {
        return histogram().getTotalCount();
    }

    /** The {@code percentile} (0-100) in milliseconds. */
    double millis(double percentile) {
        return histogram().getValueAtPercentile(percentile) / 1000.0;
    }
}
