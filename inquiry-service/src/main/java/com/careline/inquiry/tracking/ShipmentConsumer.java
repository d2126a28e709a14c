package com.careline.inquiry.tracking;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventEnvelope;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Scan events of the branch systems, a poll at a time: {@link EventConsumption} applies each batch in one
 * transaction, each scan once whatever Kafka redelivers ({@link #idempotent()}), and parks a message that is
 * not a valid scan (table {@code parked_event} and {@code careline.shipment.events.dlq}, with the reason)
 * while the stream moves on. The later scans of its waybill are applied at once, not held behind it
 * ({@link #ordered()}): the projection is a function of the set of scans, and holding them would only make
 * {@link DelayDetector} raise false delay alarms; a parked scan, once replayed, is applied alone.
 * {@link ShipmentIngest} applies the whole batch with a few multi-row statements. The channel runs one consumer
 * per partition it is given ({@code concurrency}), each in order; the projection does not depend on the order.
 */
@ApplicationScoped
public class ShipmentConsumer implements EventHandler {

    static final String CONSUMER = "inquiry.shipment-tracking";

    private final EventConsumption consumption;
    private final ShipmentIngest ingest;

    ShipmentConsumer(EventConsumption consumption, ShipmentIngest ingest) {
        this.consumption = consumption;
        this.ingest = ingest;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    /**
     * False: the tracking row is a function of the set of a waybill's stored scans, whatever their order, so a
     * parked scan does not hold the waybill's later ones, and it is replayed alone.
     */
    @Override
    public boolean ordered() {
        return false;
    }

    /**
     * True: a scan is its waybill, type and time ({@code scan_event}'s key), and {@link ShipmentIngest} stores
     * and projects only scans not stored before and opens work orders for those alone, so a scan redelivered or
     * replayed changes nothing without an inbox row (whose insert was a quarter of a batch's database time).
     */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public String channel() {
        return Channels.SHIPMENT_EVENTS;
    }

    @Incoming(Channels.SHIPMENT_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        ingest.apply(events);
    }
}
