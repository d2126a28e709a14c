package com.careline.deploy;

import static com.careline.deploy.Manifests.metadata;
import static com.careline.deploy.Manifests.object;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careline.platform.events.Topics;

/**
 * Kafka the Strimzi way: a KRaft cluster from one node pool, and one KafkaTopic per topic of {@link Topics#ALL}.
 * Clients authenticate with SCRAM-SHA-512 over TLS (Strimzi's cluster CA) and are authorised by ACLs
 * ({@link KafkaUsers}): the services on the internal listener, which only their pods reach (Strimzi turns the
 * listener's {@code networkPolicyPeers} into its NetworkPolicy, beside the rules it keeps for broker-to-broker,
 * controller and operator traffic), the branch systems on the external one.
 */
final class Messaging {

    static final String STRIMZI = "kafka.strimzi.io/v1";
    static final String INTERNAL_LISTENER = "tls";
    static final int INTERNAL_PORT = 9093;
    static final String EXTERNAL_LISTENER = "external";
    static final int EXTERNAL_PORT = 9094;
    static final String SCRAM = "scram-sha-512";
    /** The Secret with Strimzi's cluster CA certificate, which the clients trust ({@code <cluster>-cluster-ca-cert}). */
    static final String CLUSTER_CA_SECRET = Manifests.KAFKA_CLUSTER + "-cluster-ca-cert";
    /** Shorter than the consumers' inbox memory (careline.inbox.retention, 30 days), so no replay escapes it. */
    static final Duration EVENT_RETENTION = Duration.ofDays(14);
    static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);
    static final String POOL = "dual-role";

    private Messaging() {
    }

    static List<Map<String, Object>> cluster(List<ServiceSpec> services) {
        Map<String, Object> poolLabels = new LinkedHashMap<>(Manifests.labels(Manifests.KAFKA_CLUSTER));
        poolLabels.put("strimzi.io/cluster", Manifests.KAFKA_CLUSTER);
        Map<String, Object> pool = new LinkedHashMap<>();
        pool.put("replicas", 3);
        pool.put("roles", List.of("controller", "broker"));
        pool.put("storage", Map.of("type", "jbod", "volumes", List.of(Map.of("id", 0, "type", "persistent-claim",
                "size", "20Gi", "deleteClaim", false, "kraftMetadata", "shared"))));
        pool.put("resources", Map.of("requests", Map.of("cpu", "500m", "memory", "2Gi"),
                "limits", Map.of("memory", "2Gi")));
        // one node per host where there are enough: a drain then takes one replica of a partition, and
        // min.insync.replicas=2 still holds (Strimzi's own PodDisruptionBudget lets one go at a time)
        Map<String, Object> brokers = Map.of("strimzi.io/cluster", Manifests.KAFKA_CLUSTER, "strimzi.io/pool-name", POOL);
        pool.put("template", Map.of("pod", Map.of("affinity", Workloads.spreadOverNodes(brokers))));

        Map<String, Object> kafka = new LinkedHashMap<>();
        kafka.put("version", "4.1.1");
        Map<String, Object> internal = listener(INTERNAL_LISTENER, INTERNAL_PORT, "internal");
        internal.put("networkPolicyPeers", List.of(Map.of("podSelector", Workloads.servicePods(services))));
        // reachable from outside the cluster (a LoadBalancer): the branch systems; their user may write scans only
        kafka.put("listeners", List.of(internal, listener(EXTERNAL_LISTENER, EXTERNAL_PORT, "loadbalancer")));
        kafka.put("authorization", Map.of("type", "simple"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("auto.create.topics.enable", false);
        config.put("default.replication.factor", 3);
        config.put("min.insync.replicas", 2);
        config.put("offsets.topic.replication.factor", 3);
        config.put("transaction.state.log.replication.factor", 3);
        config.put("transaction.state.log.min.isr", 2);
        kafka.put("config", config);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kafka", kafka);
        spec.put("entityOperator", Map.of("topicOperator", Map.of(), "userOperator", Map.of()));

        Map<String, Object> kafkaMetadata = metadata(Manifests.KAFKA_CLUSTER, Manifests.labels(Manifests.KAFKA_CLUSTER));
        kafkaMetadata.put("annotations", Map.of("strimzi.io/node-pools", "enabled", "strimzi.io/kraft", "enabled"));
        return List.of(object(STRIMZI, "KafkaNodePool", metadata(POOL, poolLabels), pool),
                object(STRIMZI, "Kafka", kafkaMetadata, spec));
    }

    private static Map<String, Object> listener(String name, int port, String type) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("name", name);
        listener.put("port", port);
        listener.put("type", type);
        listener.put("tls", true);
        listener.put("authentication", Map.of("type", SCRAM));
        return listener;
    }

    static List<Map<String, Object>> topics() {
        List<Map<String, Object>> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            boolean deadLetter = topic.endsWith(".dlq");
            Map<String, Object> labels = new LinkedHashMap<>(Manifests.labels(Manifests.KAFKA_CLUSTER));
            labels.put("strimzi.io/cluster", Manifests.KAFKA_CLUSTER);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("retention.ms", (deadLetter ? DEAD_LETTER_RETENTION : EVENT_RETENTION).toMillis());
            config.put("min.insync.replicas", 2);
            config.put("cleanup.policy", "delete");
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("topicName", topic);
            // a case's events share a partition (keyed by case id); branch scans are the busiest stream
            spec.put("partitions", Topics.partitions(topic));
            spec.put("replicas", 3);
            spec.put("config", config);
            topics.add(object(STRIMZI, "KafkaTopic", metadata(topic, labels), spec));
        }
        return topics;
    }
}
