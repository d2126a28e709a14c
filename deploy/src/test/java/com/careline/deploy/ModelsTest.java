package com.careline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** Every object of every overlay, as the overlay renders it, read strictly by its real model. */
class ModelsTest {

    private static final Path OVERLAYS = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath()
            .normalize().resolve("deploy/kubernetes/overlays");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyObjectOfEveryOverlayIsWhatItsModelTakes() throws IOException {
        List<Path> overlays = overlays();
        assertEquals(Set.of("dev", "prod", "prod-external-db"),
                overlays.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        for (Path overlay : overlays) {
            List<ObjectNode> objects = Kustomize.build(overlay);
            List<String> problems = new ArrayList<>();
            objects.forEach(o -> problems.addAll(Models.problems(o)));

            assertTrue(objects.size() > 40, overlay + " renders " + objects.size() + " objects");
            assertEquals(List.of(), problems, overlay.toString());
        }
    }

    /** The overlays differ where they mean to: one replica in dev, no CloudNativePG in prod-external-db. */
    @Test
    void theOverlaysRenderWhatTheySay() throws IOException {
        List<ObjectNode> dev = Kustomize.build(OVERLAYS.resolve("dev"));
        List<ObjectNode> external = Kustomize.build(OVERLAYS.resolve("prod-external-db"));

        assertTrue(dev.stream().filter(o -> o.path("kind").asText().equals("Deployment"))
                .allMatch(d -> d.at("/spec/replicas").asInt() == 1));
        assertTrue(dev.stream().allMatch(o -> o.at("/metadata/namespace").asText().equals("careline-dev")));
        JsonNode devListener = dev.stream().filter(o -> o.path("kind").asText().equals("Kafka")).findFirst().orElseThrow()
                .at("/spec/kafka/listeners/1");
        assertEquals(List.of(Messaging.EXTERNAL_LISTENER, "nodeport"),
                List.of(devListener.path("name").asText(), devListener.path("type").asText()));
        assertEquals(Set.of(), kinds(external).stream().filter(k -> k.equals("Cluster") || k.equals("Database"))
                .collect(Collectors.toSet()));
        assertTrue(external.stream().noneMatch(o -> o.at("/metadata/name").asText().equals(NetworkPolicies.DATABASES)
                && o.path("kind").asText().equals("NetworkPolicy")));
    }

    /** The checks can fail: each broken object below is refused, and says where. */
    @Test
    void unknownFieldsWrongTypesAndMissingRequiredFieldsAreRefused() throws IOException {
        assertRefused("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {replica: 2, selector: {}, template: {spec: {containers: [{name: x}]}}}""", "replica");
        assertRefused("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {selector: {}, template: {metadata: {annotations: {prometheus.io/port: 9000}},
                  spec: {containers: [{name: x}]}}}""", "9000");
        assertRefused("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {selector: {}, template: {spec: {containers: [{image: x}]}}}""", "containers[0].name: required");
        assertRefused("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {selector: {}, template: {spec: {containers: [{name: x,
                  livenessProbe: {httpGet: {path: /q/health/live, port: management, paht: /}}}]}}}""", "paht");
        assertRefused("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec: {selector: {}, template: {spec: {containers: [{name: x, ports: [{containerPort: "8081"}]}]}}}""",
                "8081");
        assertRefused("""
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: x}
                spec: {kafka: {listeners: [{name: tls, port: 9093, type: internal, tls: true,
                  authentication: {type: scram-sha-512, mechanism: x}}]}}""", "mechanism");
        assertRefused("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec: {ports: [{port: "80"}]}""", "80");
        assertRefused("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: x}
                spec: {partitions: twelve}""", "twelve");
        assertRefused("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: x}
                spec: {authentication: {type: scram-sha-512}, authorisation: {}}""", "authorisation");
        assertRefused("""
                apiVersion: kafka.strimzi.io/v1
                kind: Kafka
                metadata: {name: x}
                spec: {kafka: {listeners: [{name: tls, port: 9093, type: internal}]}}""", "tls: required");
        assertRefused("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec: {instances: 3, storage: {size: 1Gi}, backups: {}}""", "backups");
        assertRefused("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Database
                metadata: {name: x}
                spec: {name: x, cluster: {name: y}}""", "owner");
        assertRefused("""
                apiVersion: networking.k8s.io/v1beta1
                kind: NetworkPolicy
                metadata: {name: x}""", "no model");
    }

    private static void assertRefused(String yaml, String expected) throws IOException {
        List<String> problems = Models.problems(YAML.readTree(yaml));

        assertFalse(problems.isEmpty(), yaml);
        assertTrue(String.join("\n", problems).contains(expected), problems + " should name " + expected);
    }

    private static Set<String> kinds(List<? extends JsonNode> objects) {
        return objects.stream().map(o -> o.path("kind").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
