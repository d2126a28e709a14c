package com.careline.platform.probe;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.consumer.NotYetApplicable;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.Topics;
import com.careline.platform.outbox.Outbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as services write them. What an event's data asks for, it does: {@code fail} refuses it,
 * {@code failUnless} refuses it until the named row of {@code probe_switch} exists, {@code serializationFailures}
 * makes PostgreSQL raise a real serialisation failure (40001) that many times, {@code notYetUnless} says
 * the case is not known until the switch exists. Otherwise it records one {@code probe_effect} row, and with
 * {@code echo} raises a {@code probe.echoed} event of the case, as a consumer that changes a case does.
 */
@ApplicationScoped
public class ProbeConsumer implements EventHandler.PerEvent {

    public static final String CONSUMER = "platform-probe";

    /** Serialisation failures raised so far per event: the test reads them to see the retries happen. */
    public static final Map<UUID, AtomicInteger> RAISED = new ConcurrentHashMap<>();

    /** Kinds ({@code kind} in the data) this consumer does not act on: as a later version drops a type. */
    public static final Set<String> IGNORED_KINDS = ConcurrentHashMap.newKeySet();

    private final EventConsumption consumption;
    private final EntityManager em;
    private final Outbox outbox;

    ProbeConsumer(EventConsumption consumption, EntityManager em, Outbox outbox) {
        this.consumption = consumption;
        this.em = em;
        this.outbox = outbox;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.REVISIT_EVENTS;
    }

    @Override
    public boolean concerns(EventEnvelope event) {
        return !IGNORED_KINDS.contains(event.data().path("kind").asText());
    }

    @Incoming(Channels.REVISIT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(EventEnvelope event) {
        var data = event.data();
        if (data.path("fail").asBoolean()) {
            throw new IllegalStateException("probe asked to fail");
        }
        if (data.hasNonNull("failUnless") && !switchedOn(data.get("failUnless").asText())) {
            throw new IllegalArgumentException("probe refuses until " + data.get("failUnless").asText());
        }
        if (data.hasNonNull("notYetUnless") && !switchedOn(data.get("notYetUnless").asText())) {
            throw new NotYetApplicable("probe case " + event.subject() + " not known yet");
        }
        int failures = data.path("serializationFailures").asInt(0);
        if (RAISED.computeIfAbsent(event.id(), id -> new AtomicInteger()).get() < failures) {
            RAISED.get(event.id()).incrementAndGet();
            em.createNativeQuery("do $$ begin raise exception 'probe conflict' using errcode = '40001'; end $$")
                    .executeUpdate();
        }
        em.createNativeQuery("insert into probe_effect (event_id, subject) values (:id, :subject)")
                .setParameter("id", event.id()).setParameter("subject", event.subject()).executeUpdate();
        if (data.path("echo").asBoolean()) {
            outbox.stage(Topics.COMPLAINT_EVENTS, "probe.echoed", event.subject(), event.correlationId(),
                    Map.of("of", event.id().toString()));
        }
    }

    private boolean switchedOn(String name) {
        return !em.createNativeQuery("select 1 from probe_switch where name = :n").setParameter("n", name)
                .getResultList().isEmpty();
    }
}
