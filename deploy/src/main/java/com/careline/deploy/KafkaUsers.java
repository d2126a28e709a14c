package com.careline.deploy;

import static com.careline.deploy.Manifests.metadata;
import static com.careline.deploy.Manifests.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.careline.platform.events.Topics;

/**
 * Who may do what on Kafka: one SCRAM-SHA-512 {@code KafkaUser} per service, one for the branch systems and one
 * for ops, each with the ACLs of what its code does and nothing more. Strimzi's User Operator creates a Secret
 * of the user's name with {@code password} and {@code sasl.jaas.config}, which the Deployments read.
 */
final class KafkaUsers {

    static final String BRANCH_SYSTEMS = "careline-branch-systems";
    static final String OPS = "careline-ops";
    /**
     * The consumer groups of reporting's rebuild runs, one per run ({@code RebuildWorker.group}: this prefix and
     * the run's id); the run deletes its group when it ends.
     */
    static final String REBUILD_GROUP_PREFIX = "reporting-rebuild-";
    static final String REBUILDING_SERVICE = "reporting-service";

    private KafkaUsers() {
    }

    static List<Map<String, Object>> of(List<ServiceSpec> services) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (ServiceSpec s : services) {
            users.add(user(s.kafkaUser(), acls(s)));
        }
        // the branch systems publish their scans and exceptions, nothing else (through the external listener)
        users.add(user(BRANCH_SYSTEMS, List.of(rule("topic", Topics.SHIPMENT_EVENTS, "literal", "Write", "Describe"))));
        // ops read the dead-letter topics (with a group of their own), which no service reads
        List<Map<String, Object>> ops = new ArrayList<>();
        Topics.DOMAIN.forEach(t -> ops.add(rule("topic", Topics.deadLetter(t), "literal", "Read", "Describe")));
        ops.add(rule("group", OPS, "prefix", "Read"));
        users.add(user(OPS, ops));
        return users;
    }

    /**
     * A service writes its domain's topic (the outbox relay) and the dead-letter topic of each topic it consumes
     * (a parked record is copied there through the outbox, again when a re-drive parks it once more: the re-drive
     * itself reads the parked_event table, not Kafka); it reads what it consumes, with its groups.
     */
    static List<Map<String, Object>> acls(ServiceSpec s) {
        Map<String, TreeSet<String>> topics = new TreeMap<>();
        s.publishedTopics().forEach(t -> topics.computeIfAbsent(t, k -> new TreeSet<>())
                .addAll(List.of("Write", "Describe")));
        for (String consumed : s.consumedTopics()) {
            topics.computeIfAbsent(consumed, k -> new TreeSet<>()).addAll(List.of("Read", "Describe"));
            topics.computeIfAbsent(Topics.deadLetter(consumed), k -> new TreeSet<>()).addAll(List.of("Write", "Describe"));
        }
        List<Map<String, Object>> acls = new ArrayList<>();
        topics.forEach((topic, operations) -> acls.add(rule("topic", topic, "literal", operations.toArray(String[]::new))));
        s.groups().forEach(g -> acls.add(rule("group", g, "literal", "Read")));
        if (s.name().equals(REBUILDING_SERVICE)) {
            acls.add(rule("group", REBUILD_GROUP_PREFIX, "prefix", "Read", "Delete"));
        }
        return acls;
    }

    private static Map<String, Object> user(String name, List<Map<String, Object>> acls) {
        Map<String, Object> labels = new LinkedHashMap<>(Manifests.labels(Manifests.KAFKA_CLUSTER));
        labels.put("strimzi.io/cluster", Manifests.KAFKA_CLUSTER);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("authentication", Map.of("type", "scram-sha-512"));
        spec.put("authorization", Map.of("type", "simple", "acls", acls));
        return object(Messaging.STRIMZI, "KafkaUser", metadata(name, labels), spec);
    }

    private static Map<String, Object> rule(String type, String name, String pattern, String... operations) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("resource", Map.of("type", type, "name", name, "patternType", pattern));
        rule.put("operations", List.of(operations));
        return rule;
    }
}
