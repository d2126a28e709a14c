package com.careline.reporting.inquiries;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Inquiries and detected shipment delays, once per event. */
@ApplicationScoped
public class InquiryProjection {

    static final String CONSUMER = "reporting.inquiries";

    private final Inbox inbox;
    private final EntityManager em;

    InquiryProjection(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming(Channels.INQUIRY_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case InquiryEvents.REGISTERED -> {
                var r = EventCodec.data(event, InquiryEvents.Registered.class);
                em.createNativeQuery("insert into inquiry_fact (inquiry_id, branch, topic, channel, proactive,"
                        + " received_at) values (:id, :branch, :topic, :channel, :proactive, :at) on conflict do nothing")
                        .setParameter("id", r.inquiryId()).setParameter("branch", r.branch())
                        .setParameter("topic", r.topic()).setParameter("channel", r.channel())
                        .setParameter("proactive", r.proactive()).setParameter("at", r.receivedAt()).executeUpdate();
            }
            case InquiryEvents.REPLIED -> update(event, "replied_at = coalesce(replied_at, :value)",
                    EventCodec.data(event, InquiryEvents.Replied.class).at());
            case InquiryEvents.SATISFACTION_RECORDED -> {
                var s = EventCodec.data(event, InquiryEvents.SatisfactionRecorded.class);
                update(event, "satisfied = :value, sent_back = sent_back + " + (s.sentBack() ? 1 : 0), s.satisfied());
            }
            case InquiryEvents.ESCALATED -> update(event, "escalations = escalations + 1", null);
            case InquiryEvents.SHIPMENT_DELAYED, InquiryEvents.SHIPMENT_FULLY_DELAYED -> {
                var d = EventCodec.data(event, InquiryEvents.ShipmentDelayed.class);
                String kind = event.type().equals(InquiryEvents.SHIPMENT_DELAYED) ? "DELAYED" : "FULLY_DELAYED";
                em.createNativeQuery("insert into shipment_delay (waybill_no, kind, branch, route_type, detected_at)"
                        + " values (:waybill, :kind, :branch, :route, :at) on conflict do nothing")
                        .setParameter("waybill", d.waybillNo()).setParameter("kind", kind)
                        .setParameter("branch", d.branch()).setParameter("route", d.routeType())
                        .setParameter("at", d.detectedAt()).executeUpdate();
            }
            default -> {
                // dispatches, answers and archiving do not change the figures
            }
        }
    }

    private void update(EventEnvelope event, String set, Object value) {
        var query = em.createNativeQuery("update inquiry_fact set " + set + " where inquiry_id = :id")
                .setParameter("id", UUID.fromString(event.subject()));
        if (value != null) {
            query.setParameter("value", value);
        }
        query.executeUpdate();
    }
}
