package com.careline.platform.consumer;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.careline.platform.events.EventEnvelope;
import com.careline.platform.inbox.Inbox;
import com.careline.platform.tracing.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.faulttolerance.api.Guard;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Drives every consumer of every service: a poll's records are applied in one transaction, with the three
 * outcomes of {@link Outcome} decided here.
 *
 * <ul>
 * <li>A batch that fails for a transient reason is tried again, whole, with capped exponential backoff and
 * no limit in time (SmallRye Fault Tolerance's retry: {@code maxRetries=-1}, {@code maxDuration=0}); the
 * partition waits, so a case's order holds. The channels run with
 * {@code throttled.unprocessed-record-max-age.ms=0}, so a long outage does not mark them unhealthy.
 * <li>A batch that fails otherwise is split in halves until the failing record stands alone; the others
 * commit, in order, and that one is parked (or set waiting, for {@link Outcome#NOT_YET}).
 * <li>A record of a case that has an open parked record is held behind it ({@link ParkedEvents#hold}),
 * so no case runs on without one of its events; {@link Redrive} releases them in order. Not for a handler
 * whose effect does not depend on the order ({@link EventHandler#ordered()} false).
 * </ul>
 * Each step records the events it acts on in the inbox in the same transaction, so a batch tried again,
 * redelivered or replayed acts once (an {@link EventHandler#idempotent()} handler sees to that itself). A poll
 * is one span, linked to the span that staged each of its events ({@link Traces}); its statements and the
 * events it stages are in that span.
 */
@ApplicationScoped
public class EventConsumption {

    private final Inbox inbox;
    private final ParkedEvents parked;
    private final ConsumerStatus status;
    private final ConsumerConfig config;
    private final Traces traces;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    /** Metrics of the transaction being tried, recorded once it commits. */
    private final ThreadLocal<List<Runnable>> afterCommit = ThreadLocal.withInitial(ArrayList::new);
    private volatile boolean stopping;

    EventConsumption(Inbox inbox, ParkedEvents parked, ConsumerStatus status, ConsumerConfig config,
            Traces traces) {
        this.inbox = inbox;
        this.parked = parked;
        this.status = status;
        this.config = config;
        this.traces = traces;
    }

    /** Applies one poll of {@code handler}'s channel; returns once every record is applied, held or parked. */
    public void consume(EventHandler handler, ConsumerRecords<String, String> records) {
        List<Delivery> deliveries = Delivery.of(records).stream()
                .filter(d -> d.unreadable() != null || handler.concerns(d.event())).toList();
        status.counted(handler.consumer(), "ignored", records.count() - deliveries.size());
        if (!deliveries.isEmpty()) {
            Span span = span(handler, deliveries);
            try (Scope scope = span.makeCurrent()) {
                applyOrSplit(handler, deliveries);
            } catch (RuntimeException e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR);
                throw e;
            } finally {
                span.end();
            }
            status.caughtUp(handler.consumer());
        }
    }

    private Span span(EventHandler handler, List<Delivery> deliveries) {
        SpanBuilder batch = traces.batch(handler.consumer(), deliveries.size())
                .setAttribute("messaging.destination.name", deliveries.get(0).topic());
        for (Delivery d : deliveries) {
            Traces.link(batch, traces.remote(d.trace()), d.event());
        }
        return batch.startSpan();
    }

    private void applyOrSplit(EventHandler handler, List<Delivery> batch) {
        try {
            retryingTransient(handler, () -> applyBatch(handler, batch));
        } catch (RuntimeException failure) {
            Outcome outcome = Outcome.of(failure);
            if (outcome == Outcome.TRANSIENT) {
                throw failure; // only while stopping: the records are not committed and come again
            }
            if (batch.size() > 1) {
                int half = batch.size() / 2;
                applyOrSplit(handler, batch.subList(0, half));
                applyOrSplit(handler, batch.subList(half, batch.size()));
            } else {
                retryingTransient(handler, () -> parked.park(handler, batch.get(0), outcome, failure));
                status.counted(handler.consumer(), outcome == Outcome.NOT_YET ? "waiting" : "parked", 1);
            }
        }
    }

    /** One transaction: hold or park what cannot be applied, skip repeats, apply the rest. */
    private void applyBatch(EventHandler handler, List<Delivery> batch) {
        Set<String> subjects = new LinkedHashSet<>();
        if (handler.ordered()) {
            batch.forEach(d -> {
                if (d.subject() != null) {
                    subjects.add(d.subject());
                }
            });
        }
        Set<String> held = parked.openSubjects(handler.consumer(), subjects);
        List<EventEnvelope> candidates = new ArrayList<>(batch.size());
        int holding = 0;
        int unreadable = 0;
        for (Delivery d : batch) {
            if (d.subject() != null && held.contains(d.subject())) {
                parked.hold(handler, d);
                holding++;
            } else if (d.unreadable() != null) {
                parked.park(handler, d, Outcome.PERMANENT, d.unreadable());
                unreadable++;
                if (d.subject() != null && handler.ordered()) {
                    held.add(d.subject());
                }
            } else {
                candidates.add(d.event());
            }
        }
        List<EventEnvelope> fresh = firstDeliveries(inbox, handler, candidates);
        if (!fresh.isEmpty()) {
            handler.apply(fresh);
        }
        // counted after the commit, so a batch tried again is not counted twice
        int applied = fresh.size();
        int repeats = candidates.size() - fresh.size();
        int heldCount = holding;
        int parkedCount = unreadable;
        afterCommit(() -> {
            status.counted(handler.consumer(), "applied", applied);
            status.counted(handler.consumer(), "repeated", repeats);
            status.counted(handler.consumer(), "held", heldCount);
            status.counted(handler.consumer(), "parked", parkedCount);
        });
    }

    /** The events not acted on before: by the inbox, or for an idempotent handler each id once. */
    static List<EventEnvelope> firstDeliveries(Inbox inbox, EventHandler handler, List<EventEnvelope> events) {
        if (!handler.idempotent()) {
            return inbox.firstDeliveries(handler.consumer(), events);
        }
        Set<UUID> ids = new HashSet<>(events.size() * 2);
        List<EventEnvelope> first = new ArrayList<>(events.size());
        for (EventEnvelope e : events) {
            if (ids.add(e.id())) {
                first.add(e);
            }
        }
        return first;
    }

    private void afterCommit(Runnable r) {
        afterCommit.get().add(r);
    }

    /** Runs {@code work} in a transaction of its own, again and again while it fails for a transient reason. */
    void retryingTransient(EventHandler handler, Runnable work) {
        try {
            guard(handler.consumer()).call(() -> {
                afterCommit.get().clear();
                QuarkusTransaction.requiringNew().run(() -> {
                    handler.begin();
                    work.run();
                });
                afterCommit.get().forEach(Runnable::run);
                return null;
            }, Void.class);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            afterCommit.get().clear();
        }
    }

    private Guard guard(String consumer) {
        return guards.computeIfAbsent(consumer, c -> Guard.create()
                .withDescription("consumer " + c)
                .withRetry()
                .maxRetries(-1).maxDuration(0, ChronoUnit.MILLIS) // for as long as the fault lasts
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.retryDelay().toMillis() / 2, ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(config.retryMaxDelay().toMillis(), ChronoUnit.MILLIS).done()
                .whenException(e -> !stopping && Outcome.of(e) == Outcome.TRANSIENT)
                .beforeRetry((Throwable e) -> status.retrying(c, e))
                .done()
                .build());
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
