package com.careline.reporting.search;

import java.util.List;

import jakarta.inject.Singleton;

import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventEnvelope;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The search index's consumers, one per case topic, each in a consumer group of its own
 * ({@code reporting-service.search}): the index lags, fails and is replayed apart from the reports. Ordered, so
 * a case's last move is its status. Singletons: the shared base class cannot be proxied.
 */
final class SearchConsumers {

    private SearchConsumers() {
    }

    abstract static class CaseIndexConsumer implements EventHandler {

        private final EventConsumption consumption;
        private final CaseIndexWriter writer;
        private final String consumer;
        private final String channel;

        CaseIndexConsumer(EventConsumption consumption, CaseIndexWriter writer, String domain, String channel) {
            this.consumption = consumption;
            this.writer = writer;
            this.consumer = "search." + domain;
            this.channel = channel;
        }

        @Override
        public String consumer() {
            return consumer;
        }

        @Override
        public String channel() {
            return channel;
        }

        @Override
        public boolean concerns(EventEnvelope event) {
            return IndexChanges.concerns(event.type());
        }

        @Override
        public void apply(List<EventEnvelope> events) {
            writer.apply(events.stream().flatMap(e -> IndexChanges.of(e).stream()).toList());
        }

        void consume(ConsumerRecords<String, String> records) {
            consumption.consume(this, records);
        }
    }

    @Singleton
    static class Inquiries extends CaseIndexConsumer {

        Inquiries(EventConsumption consumption, CaseIndexWriter writer) {
            super(consumption, writer, "inquiries", Channels.SEARCH_INQUIRY_EVENTS);
        }

        /** Inquiries, and the customer records inquiry-service owns. */
        @Incoming(Channels.SEARCH_INQUIRY_EVENTS)
        @Blocking
        public void onInquiryEvents(ConsumerRecords<String, String> records) {
            consume(records);
        }
    }

    @Singleton
    static class Complaints extends CaseIndexConsumer {

        Complaints(EventConsumption consumption, CaseIndexWriter writer) {
            super(consumption, writer, "complaints", Channels.SEARCH_COMPLAINT_EVENTS);
        }

        @Incoming(Channels.SEARCH_COMPLAINT_EVENTS)
        @Blocking
        public void onComplaintEvents(ConsumerRecords<String, String> records) {
            consume(records);
        }
    }

    @Singleton
    static class Claims extends CaseIndexConsumer {

        Claims(EventConsumption consumption, CaseIndexWriter writer) {
            super(consumption, writer, "claims", Channels.SEARCH_CLAIM_EVENTS);
        }

        @Incoming(Channels.SEARCH_CLAIM_EVENTS)
        @Blocking
        public void onClaimEvents(ConsumerRecords<String, String> records) {
            consume(records);
        }
    }

    @Singleton
    static class Revisits extends CaseIndexConsumer {

        Revisits(EventConsumption consumption, CaseIndexWriter writer) {
            super(consumption, writer, "revisits", Channels.SEARCH_REVISIT_EVENTS);
        }

        @Incoming(Channels.SEARCH_REVISIT_EVENTS)
        @Blocking
        public void onRevisitEvents(ConsumerRecords<String, String> records) {
            consume(records);
        }
    }
}
