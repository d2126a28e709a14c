package com.careline.reporting.search;

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
 * The search index's consumer of the four case topics (and the customer records on the inquiry topic), in a
 * consumer group of its own ({@code reporting-search}): the index lags, fails and is replayed apart from the
 * reports. Ordered, so a case's last move is its status.
 */
@ApplicationScoped
public class SearchConsumer implements EventHandler {

    static final String CONSUMER = "search.cases";

    private final EventConsumption consumption;
    private final CaseIndexWriter writer;

    SearchConsumer(EventConsumption consumption, CaseIndexWriter writer) {
        this.consumption = consumption;
        this.writer = writer;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.SEARCH_EVENTS;
    }

    @Override
    public boolean concerns(EventEnvelope event) {
        return IndexChanges.concerns(event.type());
    }

    @Incoming(Channels.SEARCH_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        writer.apply(events.stream().flatMap(e -> IndexChanges.of(e).stream()).toList());
    }
}
