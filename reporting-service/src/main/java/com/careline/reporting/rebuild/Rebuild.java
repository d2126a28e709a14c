package com.careline.reporting.rebuild;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.events.Channels;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Rebuilds the read models from the beginning of the topics: empties them and the reporting consumers'
 * inbox in one transaction, then moves every consumer back to the first offset. Messages handled meanwhile
 * are in the new inbox, so the replay skips them: nothing is counted twice. Preventive measures are not
 * derived from events and are kept.
 */
@ApplicationScoped
public class Rebuild {

    static final List<String> READ_MODELS = List.of(
            "complaint_fact", "complaint_monthly", "complaint_customer_monthly", "complaint_escalation",
            "complaint_registrations", "revisit_outcome", "claim_fact", "claim_payment", "inquiry_fact", "shipment_delay", "shipment_exception_daily");
    static final List<String> CHANNELS = List.of(Channels.COMPLAINT_EVENTS, Channels.REVISIT_EVENTS, Channels.CLAIM_EVENTS,
            Channels.INQUIRY_EVENTS, Channels.SHIPMENT_EVENTS);

    private final EntityManager em;
    private final KafkaClientService kafka;

    Rebuild(EntityManager em, KafkaClientService kafka) {
        this.em = em;
        this.kafka = kafka;
    }

    public RebuildStarted start() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate " + String.join(", ", READ_MODELS)).executeUpdate();
            em.createNativeQuery("delete from inbox_event where consumer like 'reporting.%'").executeUpdate();
        });
        for (String channel : CHANNELS) {
            java.util.function.Consumer<Consumer<Object, Object>> rewind =
                    consumer -> consumer.seekToBeginning(consumer.assignment());
            kafka.getConsumer(channel).runOnPollingThread(rewind).await().atMost(Duration.ofSeconds(30));
        }
        Log.infof("read models %s emptied; channels %s replay from the beginning", READ_MODELS, CHANNELS);
        return new RebuildStarted(READ_MODELS, CHANNELS);
    }

    public record RebuildStarted(List<String> emptied, List<String> replaying) {
    }
}
