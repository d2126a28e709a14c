package com.careline.platform.consumer;

import java.util.List;

import com.careline.platform.events.EventEnvelope;

/**
 * A consumer's effect, written once per service and driven by {@link EventConsumption}: the service's
 * {@code @Incoming @Blocking} method hands each poll's records to {@link EventConsumption#consume}, which
 * decodes them, drops the ones already acted on (inbox), holds the ones of a case with a parked event,
 * and calls {@link #apply} with the rest in one transaction. Throw to refuse: what is thrown decides
 * between retry and parking (see {@link Outcome}).
 */
public interface EventHandler {

    /** The inbox name of this consumer, e.g. {@code reporting.complaints}; also names its parked records. */
    String consumer();

    /**
     * Whether a case's events must be applied in order. When they must (the default), a case with a parked
     * record has its later records held behind it. A handler whose effect does not depend on the order (a
     * projection that is a function of the set of events, a counter) says false: its later records are
     * applied at once, and a parked one is replayed alone.
     */
    default boolean ordered() {
        return true;
    }

    /**
     * Whether the effect itself makes a repeat a no-op, so that its events skip the inbox (one statement and an
     * index entry per event less). True only for a handler whose every write is keyed by what the event carries
     * and ignores a row already there: inquiry's scans, where a scan is its waybill, type and time, and one
     * stored before stores nothing and opens no work order. Such a handler gets each id of a batch once, and
     * must itself act once on an event redelivered, retried or replayed.
     */
    default boolean idempotent() {
        return false;
    }

    /**
     * Whether this consumer acts on {@code event} at all. One it does not (another type, a scan that opens no
     * claim) is dropped before any database work: no inbox row, and no transaction for a poll of such events.
     * Records that cannot be read are never dropped: they are parked.
     */
    default boolean concerns(EventEnvelope event) {
        return true;
    }

    /**
     * Runs first in every transaction that applies, parks or replays this handler's events, before the inbox
     * or any table is touched: where a handler's statements go ({@code set local search_path}) or what they
     * wait for (a lock) is decided here.
     */
    default void begin() {
    }

    /** The SmallRye channel it listens on ({@link com.careline.platform.events.Channels}). */
    String channel();

    /**
     * Applies {@code events} (never seen before by this consumer, in topic order per case) in the caller's
     * transaction. Multi-row statements over the whole list are what make a consumer fast; a handler that
     * acts event by event implements {@link PerEvent} instead.
     */
    void apply(List<EventEnvelope> events);

    /** A handler that applies one event at a time; still one transaction per batch. */
    interface PerEvent extends EventHandler {

        void apply(EventEnvelope event);

        @Override
        default void apply(List<EventEnvelope> events) {
            events.forEach(this::apply);
        }
    }
}
