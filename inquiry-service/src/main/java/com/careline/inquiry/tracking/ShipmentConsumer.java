package com.careline.inquiry.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Scan events of the branch systems, each applied once whatever Kafka redelivers. A message that is not
 * a valid scan throws, which parks it on {@code careline.shipment.events.dlq} with the reason in its
 * headers; the stream moves on. Scans are applied concurrently and out of order ({@code ordered = false}):
 * the projection does not depend on the order, and {@link ShipmentIngest} serialises the scans of one
 * waybill, so throughput is not bounded by one transaction at a time.
 */
@ApplicationScoped
public class ShipmentConsumer {

    static final String CONSUMER = "inquiry.shipment-tracking";

    private final Inbox inbox;
    private final ShipmentIngest ingest;

    ShipmentConsumer(Inbox inbox, ShipmentIngest ingest) {
        this.inbox = inbox;
        this.ingest = ingest;
    }

    @Incoming(Channels.SHIPMENT_EVENTS)
    @Blocking(ordered = false)
    @Transactional
    public void consume(String message) {
        inbox.receive(CONSUMER, message, ingest::apply);
    }
}
