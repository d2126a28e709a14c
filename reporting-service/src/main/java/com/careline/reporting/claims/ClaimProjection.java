package com.careline.reporting.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.batch.Rows;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.reporting.batch.Waves;
import com.careline.reporting.rebuild.Projection;
import com.careline.reporting.rebuild.SwapLock;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Claims with their amounts claimed, paid and recovered, once per event: a poll in {@link Waves} by claim,
 * one statement per kind of change and wave.
 */
@ApplicationScoped
public class ClaimProjection implements Projection {

    static final String CONSUMER = "reporting.claims";

    private final EventConsumption consumption;
    private final SwapLock swap;
    private final EntityManager em;

    ClaimProjection(EventConsumption consumption, SwapLock swap, EntityManager em) {
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
        return Channels.CLAIM_EVENTS;
    }

    @Override
    public void begin() {
        swap.awaitSwap();
    }

    @Incoming(Channels.CLAIM_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    /** The kind of change of a rejection and a withdrawal: one statement sets how the claim ended. */
    private static final String ENDED = "ended";
    /** The outcome of a compensation claim a later decision on its complaint replaced: the figures leave it out. */
    static final String SUPERSEDED = "SUPERSEDED";

    /** One event's change to the claim {@code claimId}: its statement's row. */
    private record Change(String type, UUID claimId, Object[] row) {
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        Waves.apply(em, Waves.changes(events, ClaimProjection::change), Change::claimId, Change::type, Change::row,
                ClaimProjection::statement);
    }

    private static Change change(EventEnvelope event) {
        switch (event.type()) {
            case ClaimEvents.OPENED -> {
                var o = EventCodec.data(event, ClaimEvents.Opened.class);
                return new Change(event.type(), o.claimId(),
                        new Object[] {o.claimId(), o.branch(), o.type(), o.openedAt(), o.amountClaimed()});
            }
            case ClaimEvents.ASSESSED -> {
                var a = EventCodec.data(event, ClaimEvents.Assessed.class);
                return new Change(event.type(), a.claimId(), new Object[] {a.claimId(), a.amountClaimed()});
            }
            case ClaimEvents.PAID -> {
                var p = EventCodec.data(event, ClaimEvents.Paid.class);
                return new Change(event.type(), p.claimId(),
                        new Object[] {p.claimId(), p.paymentReference(), p.amount()});
            }
            case ClaimEvents.RECOVERY_FILED -> {
                var f = EventCodec.data(event, ClaimEvents.RecoveryFiled.class);
                String who = f.counterpartyName() != null ? f.counterpartyName() : f.counterparty();
                return new Change(event.type(), f.claimId(), new Object[] {f.claimId(), who});
            }
            case ClaimEvents.RECOVERY_SETTLED -> {
                var s = EventCodec.data(event, ClaimEvents.RecoverySettled.class);
                return new Change(event.type(), s.claimId(), new Object[] {s.claimId(), s.amountRecovered()});
            }
            case ClaimEvents.REJECTED -> {
                var r = EventCodec.data(event, ClaimEvents.Rejected.class);
                return new Change(ENDED, r.claimId(), new Object[] {r.claimId(), "REJECTED"});
            }
            case ClaimEvents.WITHDRAWN -> {
                var w = EventCodec.data(event, ClaimEvents.Withdrawn.class);
                return new Change(ENDED, w.claimId(), new Object[] {w.claimId(), "WITHDRAWN"});
            }
            case ClaimEvents.SUPERSEDED -> {
                var s = EventCodec.data(event, ClaimEvents.Superseded.class);
                return new Change(ENDED, s.claimId(), new Object[] {s.claimId(), SUPERSEDED});
            }
            default -> {
                return null; // documents, replies and escalations do not change the claim figures
            }
        }
    }

    private static String statement(String type) {
        return switch (type) {
            case ClaimEvents.OPENED -> """
                    insert into claim_fact (claim_id, branch, type, opened_at, amount_claimed)
                    select * from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::numeric[])
                    on conflict do nothing""";
            case ClaimEvents.ASSESSED -> """
                    update claim_fact f set amount_claimed = coalesce(v.amount, f.amount_claimed)
                    from unnest(?::uuid[], ?::numeric[]) as v(id, amount) where f.claim_id = v.id""";
            // a payment counts once per payment reference: only the payments recorded now are added
            case ClaimEvents.PAID -> """
                    with v as (select * from unnest(?::uuid[], ?::text[], ?::numeric[]) as v(id, reference, amount)),
                    recorded as (
                        insert into claim_payment (claim_id, payment_reference, amount) select * from v
                        on conflict do nothing returning claim_id, payment_reference)
                    update claim_fact f set amount_paid = f.amount_paid + v.amount
                    from recorded join v on v.id = recorded.claim_id and v.reference = recorded.payment_reference
                    where f.claim_id = v.id""";
            case ClaimEvents.RECOVERY_FILED -> """
                    update claim_fact f set counterparty = v.counterparty
                    from unnest(?::uuid[], ?::text[]) as v(id, counterparty) where f.claim_id = v.id""";
            case ClaimEvents.RECOVERY_SETTLED -> """
                    update claim_fact f set amount_recovered = v.amount
                    from unnest(?::uuid[], ?::numeric[]) as v(id, amount) where f.claim_id = v.id""";
            case ENDED -> """
                    update claim_fact f set outcome = v.outcome
                    from unnest(?::uuid[], ?::text[]) as v(id, outcome) where f.claim_id = v.id""";
            default -> throw new IllegalStateException(type);
        };
    }
}
