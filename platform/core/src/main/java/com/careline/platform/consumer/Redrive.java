package com.careline.platform.consumer;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.NotFound;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.inbox.Inbox;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Puts parked records back into the consumer that parked them: one record, a case, a filtered set, or the
 * waiting ones whose next try is due. A case's open records are replayed oldest first, each in its own
 * transaction through the consumer's inbox (so a replay acts once however often it is asked for), until
 * none is left or one fails again: that one is parked again (or waits again) and the rest stay held.
 */
@ApplicationScoped
public class Redrive {

    /** What one replay did. */
    public record Result(int replayed, int parkedAgain, int waiting) {
        Result plus(Result other) {
            return new Result(replayed + other.replayed, parkedAgain + other.parkedAgain, waiting + other.waiting);
        }
    }

    private static final Result NOTHING = new Result(0, 0, 0);

    private final ParkedEvents parked;
    private final Inbox inbox;
    private final Map<String, EventHandler> handlers;
    private final Clock clock;

    Redrive(ParkedEvents parked, Inbox inbox, Instance<EventHandler> handlers, Clock clock) {
        this.parked = parked;
        this.inbox = inbox;
        this.clock = clock;
        this.handlers = handlers.stream().collect(Collectors.toMap(EventHandler::consumer, Function.identity()));
    }

    /** Replays the case of record {@code id} from its oldest open record on. */
    public Result replay(UUID id, String by) {
        ParkedEvent row = QuarkusTransaction.requiringNew().call(() -> parked.find(id, false))
                .orElseThrow(() -> new NotFound("parked event", id.toString()));
        if (!row.status().open()) {
            throw new Conflict("parked event " + id + " is " + row.status() + " already");
        }
        return inOrder(row) ? replayCase(row.consumer(), row.subject(), by, false) : replayOne(row, by);
    }

    /** A record that has (or may have) records of its case held behind it is replayed with its case. */
    private boolean inOrder(ParkedEvent row) {
        EventHandler handler = handlers.get(row.consumer());
        return row.subject() != null && (handler == null || handler.ordered());
    }

    /** Replays every case with an open record among {@code rows}, each once, oldest case first. */
    public Result replayAll(List<ParkedEvent> rows, String by) {
        Result result = NOTHING;
        Set<String> done = new HashSet<>();
        for (ParkedEvent row : rows) {
            if (!inOrder(row)) {
                result = result.plus(replayOne(row, by));
            } else if (done.add(row.consumer() + "\n" + row.subject())) {
                result = result.plus(replayCase(row.consumer(), row.subject(), by, false));
            }
        }
        return result;
    }

    /** Drops record {@code id} with a reason; the case's records held behind it are then replayed. */
    public Result discard(UUID id, String by, String reason) {
        ParkedEvent row = QuarkusTransaction.requiringNew().call(() -> {
            ParkedEvent locked = parked.find(id, true).orElseThrow(() -> new NotFound("parked event", id.toString()));
            if (!locked.status().open()) {
                throw new Conflict("parked event " + id + " is " + locked.status() + " already");
            }
            parked.resolve(id, ParkedStatus.DISCARDED, by, reason);
            return locked;
        });
        Log.infof("%s: parked event %s (%s) discarded by %s: %s", row.consumer(), id, row.eventType(), by, reason);
        return inOrder(row) ? replayCase(row.consumer(), row.subject(), by, false) : NOTHING;
    }

    /** Drops every open record among {@code rows}, then replays what their cases still hold. */
    public Result discardAll(List<ParkedEvent> rows, String by, String reason) {
        for (ParkedEvent row : rows) {
            QuarkusTransaction.requiringNew().run(() -> parked.find(row.id(), true)
                    .filter(locked -> locked.status().open())
                    .ifPresent(locked -> parked.resolve(row.id(), ParkedStatus.DISCARDED, by, reason)));
        }
        Log.infof("%d parked events discarded by %s: %s", rows.size(), by, reason);
        return replayAll(rows.stream().filter(this::inOrder).toList(), by);
    }

    /** Waiting records whose next try is due are tried again. */
    @Scheduled(every = "${careline.consumer.not-yet.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retryWaiting() {
        try {
            for (Object[] due : QuarkusTransaction.requiringNew().call(() -> parked.due(100))) {
                String consumer = (String) due[0];
                String subject = (String) due[1];
                ParkedEvent row = QuarkusTransaction.requiringNew().call(() -> parked.find((UUID) due[2], false))
                        .orElse(null);
                if (row == null || !inOrder(row)) {
                    if (row != null && dueWaiting(row)) {
                        replayOne(row, Timeline.SYSTEM);
                    }
                } else {
                    replayCase(consumer, subject, Timeline.SYSTEM, true);
                }
            }
        } catch (RuntimeException e) {
            // the database is away, say: the waiting records stay due and the next run tries them
            Log.warnf("waiting events not retried now: %s", e.getMessage());
        }
    }

    private Result replayCase(String consumer, String subject, String by, boolean onlyDueWaiting) {
        Result result = NOTHING;
        while (true) {
            Optional<ParkedEvent> head = QuarkusTransaction.requiringNew().call(() -> parked.head(consumer, subject));
            if (head.isEmpty() || onlyDueWaiting && !dueWaiting(head.get())) {
                return result;
            }
            Result one = replayOne(head.get(), by);
            result = result.plus(one);
            if (one.replayed() == 0) {
                return result;
            }
        }
    }

    private boolean dueWaiting(ParkedEvent row) {
        return row.status() == ParkedStatus.WAITING && row.nextAttemptAt() != null
                && !row.nextAttemptAt().isAfter(clock.instant());
    }

    /** Applies one record in a transaction; a transient failure is thrown (nothing changed), others are recorded. */
    private Result replayOne(ParkedEvent row, String by) {
        EventHandler handler = handlers.get(row.consumer());
        if (handler == null) {
            throw new Conflict("no consumer " + row.consumer() + " in this service");
        }
        try {
            boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                handler.begin();
                ParkedEvent locked = parked.find(row.id(), true).orElseThrow();
                if (!locked.status().open()) {
                    return false; // replayed or discarded meanwhile
                }
                Delivery d = locked.delivery();
                if (d.unreadable() != null) {
                    throw d.unreadable();
                }
                // as in consumption, an event the consumer does not act on (any more) is dropped unrecorded
                boolean concerned = handler.concerns(d.event());
                List<EventEnvelope> fresh = concerned
                        ? EventConsumption.firstDeliveries(inbox, handler, List.of(d.event())) : List.of();
                if (!fresh.isEmpty()) {
                    handler.apply(fresh);
                }
                parked.resolve(row.id(), ParkedStatus.REPLAYED, by, !concerned ? "not an event this consumer acts on"
                        : fresh.isEmpty() ? "acted on before" : "applied");
                return true;
            });
            return applied ? new Result(1, 0, 0) : NOTHING;
        } catch (RuntimeException e) {
            Outcome outcome = Outcome.of(e);
            if (outcome == Outcome.TRANSIENT) {
                throw e;
            }
            ParkedStatus now = QuarkusTransaction.requiringNew().call(() -> parked.failedAgain(row, outcome, e));
            Log.warnf("%s: replay of %s failed, %s: %s", row.consumer(), row.id(), now, e.getMessage());
            return now == ParkedStatus.WAITING ? new Result(0, 0, 1) : new Result(0, 1, 0);
        }
    }
}
