package com.careline.reporting.revisits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.revisit.RevisitCompleted;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follow-up results with their RATER scores, for satisfaction KPIs. */
@ApplicationScoped
public class RevisitProjection {

    static final String CONSUMER = "reporting.revisits";

    private final Inbox inbox;
    private final EntityManager em;

    RevisitProjection(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming(Channels.REVISIT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!RevisitEvents.COMPLETED.equals(event.type())) {
            return;
        }
        RevisitCompleted r = EventCodec.data(event, RevisitCompleted.class);
        em.createNativeQuery("""
                insert into revisit_outcome (revisit_id, case_type, case_id, satisfied, reliability, assurance,
                                             tangibles, empathy, responsiveness, completed_at)
                values (:id, :type, :case, :satisfied, :r, :a, :t, :e, :s, :at) on conflict do nothing""")
                .setParameter("id", r.revisitId()).setParameter("type", r.caseType()).setParameter("case", r.caseId())
                .setParameter("satisfied", r.satisfied()).setParameter("r", r.reliability())
                .setParameter("a", r.assurance()).setParameter("t", r.tangibles()).setParameter("e", r.empathy())
                .setParameter("s", r.responsiveness()).setParameter("at", r.completedAt()).executeUpdate();
    }
}
