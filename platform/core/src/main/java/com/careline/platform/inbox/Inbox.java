package com.careline.platform.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.EventEnvelope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.hibernate.Session;

/**
 * Makes a consumer act once per event: {@link com.careline.platform.consumer.EventConsumption} records the
 * ids of a batch here in the transaction of their effect, so a redelivered, retried or replayed event is
 * skipped, and an effect that fails leaves no record.
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

    /**
     * Records {@code events} for {@code consumer} with one statement and returns those not recorded before,
     * in their order; an id repeated within {@code events} is returned once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> firstDeliveries(String consumer, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Set<UUID> fresh = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into inbox_event (consumer, event_id, event_type, received_at)
                    select ?, t.id, t.type, ? from unnest(?::uuid[], ?::text[]) as t(id, type)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
                insert.setArray(3, c.createArrayOf("text", events.stream().map(e -> e.id().toString())
                        .toArray(String[]::new)));
                insert.setArray(4, c.createArrayOf("text", events.stream().map(EventEnvelope::type)
                        .toArray(String[]::new)));
                Set<UUID> ids = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
        List<EventEnvelope> first = new ArrayList<>(fresh.size());
        for (EventEnvelope e : events) {
            if (fresh.remove(e.id())) {
                first.add(e);
            } else {
                Log.debugf("%s: event %s (%s) seen before, skipped", consumer, e.id(), e.type());
            }
        }
        return first;
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
