package com.careline.reporting.inquiries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventCodec;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.events.inquiry.InquiryEvents;
import com.careline.platform.batch.Rows;
import com.careline.reporting.batch.Waves;
import com.careline.reporting.rebuild.Projection;
import com.careline.reporting.rebuild.SwapLock;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Inquiries and detected shipment delays, once per event: a poll in {@link Waves} by the row an event
 * changes (the inquiry, or the waybill's delay of a kind), one statement per kind of change and wave.
 */
@ApplicationScoped
public class InquiryProjection implements Projection {

    static final String CONSUMER = "reporting.inquiries";

    private static final String DELAY = "delay";

    private final EventConsumption consumption;
    private final SwapLock swap;
    private final EntityManager em;

    InquiryProjection(EventConsumption consumption, SwapLock swap, EntityManager em) {
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
        return Channels.INQUIRY_EVENTS;
    }

    @Override
    public void begin() {
        swap.awaitSwap();
    }

    @Incoming(Channels.INQUIRY_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    /** One event's change to the row {@code key} (an inquiry id, or a {@link Delayed}): its statement's row. */
    private record Change(String kind, Object key, Object[] row) {
    }

    private record Delayed(String waybillNo, String kind) {
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        Waves.apply(em, Waves.changes(events, InquiryProjection::change), Change::key, Change::kind, Change::row,
                InquiryProjection::statement);
    }

    private static Change change(EventEnvelope event) {
        switch (event.type()) {
            case InquiryEvents.REGISTERED -> {
                var r = EventCodec.data(event, InquiryEvents.Registered.class);
                return new Change(event.type(), r.inquiryId(), new Object[] {r.inquiryId(), r.branch(), r.topic(),
                        r.channel(), r.proactive(), r.receivedAt()});
            }
            case InquiryEvents.REPLIED -> {
                var at = EventCodec.data(event, InquiryEvents.Replied.class).at();
                if (at == null) {
                    throw new EventCodec.MalformedEvent(event.type() + " " + event.id() + " has no time");
                }
                UUID id = UUID.fromString(event.subject());
                return new Change(event.type(), id, new Object[] {id, at});
            }
            case InquiryEvents.SATISFACTION_RECORDED -> {
                var s = EventCodec.data(event, InquiryEvents.SatisfactionRecorded.class);
                UUID id = UUID.fromString(event.subject());
                return new Change(event.type(), id, new Object[] {id, s.satisfied(), s.sentBack() ? 1 : 0});
            }
            case InquiryEvents.ESCALATED -> {
                UUID id = UUID.fromString(event.subject());
                return new Change(event.type(), id, new Object[] {id});
            }
            case InquiryEvents.SHIPMENT_DELAYED, InquiryEvents.SHIPMENT_FULLY_DELAYED -> {
                var d = EventCodec.data(event, InquiryEvents.ShipmentDelayed.class);
                String kind = event.type().equals(InquiryEvents.SHIPMENT_DELAYED) ? "DELAYED" : "FULLY_DELAYED";
                return new Change(DELAY, new Delayed(d.waybillNo(), kind),
                        new Object[] {d.waybillNo(), kind, d.branch(), d.routeType(), d.detectedAt()});
            }
            default -> {
                return null; // dispatches, answers and archiving do not change the figures
            }
        }
    }

    private static String statement(String kind) {
        return switch (kind) {
            case InquiryEvents.REGISTERED -> """
                    insert into inquiry_fact (inquiry_id, branch, topic, channel, proactive, received_at)
                    select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::timestamptz[])
                    on conflict do nothing""";
            case InquiryEvents.REPLIED -> """
                    update inquiry_fact f set replied_at = coalesce(f.replied_at, v.at)
                    from unnest(?::uuid[], ?::timestamptz[]) as v(id, at) where f.inquiry_id = v.id""";
            case InquiryEvents.SATISFACTION_RECORDED -> """
                    update inquiry_fact f set satisfied = v.satisfied, sent_back = f.sent_back + v.sent_back
                    from unnest(?::uuid[], ?::boolean[], ?::int[]) as v(id, satisfied, sent_back)
                    where f.inquiry_id = v.id""";
            case InquiryEvents.ESCALATED -> """
                    update inquiry_fact set escalations = escalations + 1 where inquiry_id = any(?::uuid[])""";
            case DELAY -> """
                    insert into shipment_delay (waybill_no, kind, branch, route_type, detected_at)
                    select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                    on conflict do nothing""";
            default -> throw new IllegalStateException(kind);
        };
    }
}
