package com.careline.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import com.careline.platform.consumer.EventHandler;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;

/**
 * The topics the projections read (not the {@link NotRebuilt} consumers), as a rebuild reads them: with Kafka
 * clients of its own.
 */
@ApplicationScoped
class Topics {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, EventHandler> byTopic = new LinkedHashMap<>();
    private final Map<String, Object> kafka;

    Topics(@Any Instance<EventHandler> handlers, Config config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        handlers.stream().filter(h -> !(h instanceof NotRebuilt)).forEach(h -> byTopic.put(
                config.getValue("mp.messaging.incoming." + h.channel() + ".topic", String.class), h));
        this.kafka = kafka;
    }

    /** Each topic's projection. */
    Map<String, EventHandler> byTopic() {
        return byTopic;
    }

    /** A consumer of group {@code group} that commits by hand and starts where the group stands, or nowhere. */
    KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a partition without a committed offset is moved to its beginning by the worker, after checking
        // that the beginning is the topic's first record; one whose offset is gone fails the run
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** The partitions whose log no longer starts at the first record: retention deleted some of it. */
    List<String> gone() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : byTopic.keySet()) {
                for (PartitionInfo p : consumer.partitionsFor(topic, TIMEOUT)) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            return gone(consumer.beginningOffsets(partitions, TIMEOUT));
        }
    }

    static List<String> gone(Map<TopicPartition, Long> beginnings) {
        return beginnings.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " (starts at offset " + e.getValue() + ")").sorted().toList();
    }

    /** Forgets a finished run's consumer group; a leftover one only costs the broker a few offsets. */
    void deleteGroup(String group) {
        try (Admin admin = Admin.create(kafka)) {
            admin.deleteConsumerGroups(List.of(group)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Log.warnf("rebuild: consumer group %s not deleted: %s", group, e.getMessage());
        }
    }
}
