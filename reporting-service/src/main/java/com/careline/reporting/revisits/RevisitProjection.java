package com.careline.reporting.revisits;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.batch.Rows;
import com.careline.reporting.rebuild.Projection;
import com.careline.reporting.rebuild.SwapLock;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follow-up results with their RATER scores, for satisfaction KPIs: a poll's results in one insert, in
 * their order, so that a result published twice keeps its first version as before.
 */
@ApplicationScoped
public class RevisitProjection implements Projection {

    static final String CONSUMER = "reporting.revisits";

    private final EventConsumption consumption;
    private final SwapLock swap;
    private final EntityManager em;

    RevisitProjection(EventConsumption consumption, SwapLock swap, EntityManager em) {
        this.consumption = consumption;
        this.swap = swap;
        this.em = em;
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
    public void begin() {
        swap.awaitSwap();
    }

    @Incoming(Channels.REVISIT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        Rows rows = new Rows(10);
        for (EventEnvelope event : events) {
            if (RevisitEvents.COMPLETED.equals(event.type())) {
                RevisitCompleted r = EventCodec.data(event, RevisitCompleted.class);
                rows.add(r.revisitId(), r.caseType(), r.caseId(), r.satisfied(), r.reliability(), r.assurance(),
                        r.tangibles(), r.empathy(), r.responsiveness(), r.completedAt());
            }
        }
        // a revisit id twice in one statement: the first row is inserted, the second finds it and does nothing
        rows.execute(em, """
                insert into revisit_outcome (revisit_id, case_type, case_id, satisfied, reliability, assurance,
                                             tangibles, empathy, responsiveness, completed_at)
                select * from unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[], ?::int[], ?::int[], ?::int[],
                                     ?::int[], ?::int[], ?::timestamptz[])
                on conflict do nothing""");
    }
}
