package com.careline.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Makes a consumer act once per event. A consumer method is {@code @Incoming}, {@code @Blocking},
 * {@code @Transactional} and hands the raw message to {@link #receive}: the event id is recorded in the
 * same transaction as the effect, so a redelivered event is acknowledged and skipped, and an effect that
 * fails leaves no record. A message that is not an event throws, which parks it on the channel's
 * dead-letter topic ({@code failure-strategy=dead-letter-queue}) with the reason in its headers.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;
    private final Clock clock;
    private final Duration retention;

    Inbox(EntityManager em, Clock clock, InboxConfig config) {
        this.em = em;
        this.clock = clock;
        this.retention = config.retention();
    }

    /** Decodes {@code message} and applies {@code effect} unless {@code consumer} already acted on this event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String consumer, String message, Consumer<EventEnvelope> effect) {
        EventEnvelope event = EventCodec.decode(message);
        if (firstDelivery(consumer, event)) {
            effect.accept(event);
        } else {
            Log.debugf("%s: event %s (%s) seen before, skipped", consumer, event.id(), event.type());
        }
    }

    /** Records the event for {@code consumer}; false when it was recorded before (a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
        // a concurrent duplicate blocks on the key until the first commits, then inserts nothing
        return em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type, received_at)
                values (:consumer, :id, :type, :at) on conflict do nothing""")
                .setParameter("consumer", consumer).setParameter("id", event.id())
                .setParameter("type", event.type()).setParameter("at", clock.instant())
                .executeUpdate() == 1;
    }

    /** Ids older than the topics' retention cannot come back; forget them. */
    @Scheduled(every = "${careline.inbox.prune-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from inbox_event where received_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(retention)).executeUpdate());
    }
}
