package com.careline.reporting.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.events.Channels;
import com.careline.platform.events.Escalated;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.complaint.ComplaintEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the complaint read models current, once per event: the per-complaint fact row, the monthly
 * pre-aggregates and the daily registration counts. A case's events arrive in order (one partition per
 * case); an event about a complaint the projection has not seen changes nothing.
 */
@ApplicationScoped
public class ComplaintProjection {

    static final String CONSUMER = "reporting.complaints";

    private final Inbox inbox;
    private final EntityManager em;
    private final ZoneId zone;

    ComplaintProjection(Inbox inbox, EntityManager em, CalendarConfig calendar) {
        this.inbox = inbox;
        this.em = em;
        this.zone = calendar.zone();
    }

    @Incoming(Channels.COMPLAINT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case ComplaintEvents.REGISTERED -> registered(EventCodec.data(event, ComplaintEvents.Registered.class));
            case ComplaintEvents.ACKNOWLEDGED -> update(event, "acknowledged_at = coalesce(acknowledged_at, :at)",
                    EventCodec.data(event, ComplaintEvents.Acknowledged.class).at());
            case ComplaintEvents.TRANSFERRED -> update(event, "transferred = true", null);
            case ComplaintEvents.RESOLVED -> update(event,
                    "resolved_at = :at, acknowledged_at = coalesce(acknowledged_at, :at)",
                    EventCodec.data(event, ComplaintEvents.Resolved.class).resolvedAt());
            case ComplaintEvents.CLOSED -> update(event, "closed_at = :at",
                    EventCodec.data(event, ComplaintEvents.Closed.class).at());
            case ComplaintEvents.REOPENED -> update(event, "reopened = reopened + 1, resolved_at = null, closed_at = null",
                    null);
            case ComplaintEvents.ESCALATED -> escalated(EventCodec.data(event, Escalated.class));
            default -> {
                // transfers, hand-overs and compensation do not change the complaint reports yet
            }
        }
    }

    private void registered(ComplaintEvents.Registered r) {
        LocalDate day = LocalDate.ofInstant(r.receivedAt(), zone);
        LocalDate month = day.withDayOfMonth(1);
        int inserted = em.createNativeQuery("""
                insert into complaint_fact (complaint_id, number, branch, channel, category, major, customer_key,
                                            received_at, month)
                values (:id, :number, :branch, :channel, :category, :major, :customer, :received, :month)
                on conflict (complaint_id) do nothing""")
                .setParameter("id", r.complaintId()).setParameter("number", r.number())
                .setParameter("branch", r.branch()).setParameter("channel", r.channel())
                .setParameter("category", r.category()).setParameter("major", r.major())
                .setParameter("customer", r.customerKey()).setParameter("received", r.receivedAt())
                .setParameter("month", month).executeUpdate();
        if (inserted == 0) {
            return; // the same complaint registered again under another event id: count it once
        }
        em.createNativeQuery("""
                insert into complaint_monthly (month, branch, channel, category, registered, major)
                values (:month, :branch, :channel, :category, 1, :major)
                on conflict (month, branch, channel, category) do update
                set registered = complaint_monthly.registered + 1, major = complaint_monthly.major + excluded.major""")
                .setParameter("month", month).setParameter("branch", r.branch()).setParameter("channel", r.channel())
                .setParameter("category", r.category()).setParameter("major", r.major() ? 1 : 0).executeUpdate();
        em.createNativeQuery("""
                insert into complaint_registrations (branch, day, registered) values (:branch, :day, 1)
                on conflict (branch, day) do update set registered = complaint_registrations.registered + 1""")
                .setParameter("branch", r.branch()).setParameter("day", day).executeUpdate();
        if (r.customerKey() != null) {
            em.createNativeQuery("""
                    insert into complaint_customer_monthly (month, branch, customer_key, complaints)
                    values (:month, :branch, :customer, 1), (:month, '*', :customer, 1)
                    on conflict (month, branch, customer_key) do update
                    set complaints = complaint_customer_monthly.complaints + 1""")
                    .setParameter("month", month).setParameter("branch", r.branch())
                    .setParameter("customer", r.customerKey()).executeUpdate();
        }
    }

    private void escalated(Escalated e) {
        UUID id = UUID.fromString(e.caseId());
        em.createNativeQuery("""
                insert into complaint_escalation (complaint_id, clock_kind, level, escalate_to, raised_at)
                values (:id, :kind, :level, :to, :at) on conflict do nothing""")
                .setParameter("id", id).setParameter("kind", e.clockKind()).setParameter("level", e.level())
                .setParameter("to", e.escalateTo()).setParameter("at", e.raisedAt()).executeUpdate();
        em.createNativeQuery("update complaint_fact set escalation_level = greatest(escalation_level, :level) "
                + "where complaint_id = :id").setParameter("level", e.level()).setParameter("id", id).executeUpdate();
    }

    private void update(EventEnvelope event, String set, Instant at) {
        var query = em.createNativeQuery("update complaint_fact set " + set + " where complaint_id = :id")
                .setParameter("id", UUID.fromString(event.subject()));
        if (at != null) {
            query.setParameter("at", at);
        }
        query.executeUpdate();
    }
}
