package com.careline.reporting.claims;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Claims with their amounts claimed, paid and recovered, once per event. */
@ApplicationScoped
public class ClaimProjection {

    static final String CONSUMER = "reporting.claims";

    private final Inbox inbox;
    private final EntityManager em;

    ClaimProjection(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming(Channels.CLAIM_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case ClaimEvents.OPENED -> {
                var o = EventCodec.data(event, ClaimEvents.Opened.class);
                em.createNativeQuery("""
                        insert into claim_fact (claim_id, branch, type, opened_at, amount_claimed)
                        values (:id, :branch, :type, :at, :claimed) on conflict do nothing""")
                        .setParameter("id", o.claimId()).setParameter("branch", o.branch())
                        .setParameter("type", o.type()).setParameter("at", o.openedAt())
                        .setParameter("claimed", o.amountClaimed()).executeUpdate();
            }
            case ClaimEvents.ASSESSED -> {
                var a = EventCodec.data(event, ClaimEvents.Assessed.class);
                update(a.claimId(), "amount_claimed = coalesce(:value, amount_claimed)", a.amountClaimed());
            }
            case ClaimEvents.PAID -> {
                var p = EventCodec.data(event, ClaimEvents.Paid.class);
                int recorded = em.createNativeQuery("insert into claim_payment (claim_id, payment_reference, amount)"
                        + " values (:id, :ref, :amount) on conflict do nothing").setParameter("id", p.claimId())
                        .setParameter("ref", p.paymentReference()).setParameter("amount", p.amount()).executeUpdate();
                if (recorded == 1) {
                    update(p.claimId(), "amount_paid = amount_paid + :value", p.amount());
                }
            }
            case ClaimEvents.RECOVERY_FILED -> {
                var f = EventCodec.data(event, ClaimEvents.RecoveryFiled.class);
                String who = f.counterpartyName() != null ? f.counterpartyName() : f.counterparty();
                update(f.claimId(), "counterparty = :value", who);
            }
            case ClaimEvents.RECOVERY_SETTLED -> {
                var s = EventCodec.data(event, ClaimEvents.RecoverySettled.class);
                update(s.claimId(), "amount_recovered = :value", s.amountRecovered());
            }
            default -> {
                // documents, replies and escalations do not change the claim figures
            }
        }
    }

    private void update(UUID claimId, String set, Object value) {
        em.createNativeQuery("update claim_fact set " + set + " where claim_id = :id")
                .setParameter("id", claimId).setParameter("value", value).executeUpdate();
    }
}
