package com.careline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careline.devinfra.ServiceProcess;
import com.careline.platform.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** The manifests, checked offline: generated from the code, consistent, and complete for what the code uses. */
class ManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedManifestsAreWhatTheCodeGenerates() throws IOException {
        for (var file : Manifests.generate(ROOT).entrySet()) {
            Path committed = KUBERNETES.resolve(file.getKey());

            assertTrue(Files.exists(committed), file.getKey() + " is missing: run mvn -B -q -pl deploy compile exec:java");
            assertEquals(file.getValue(), Files.readString(committed),
                    file.getKey() + " is stale: run mvn -B -q -pl deploy compile exec:java");
        }
    }

    @Test
    void everyObjectParsesWithKindAndName() throws IOException {
        List<JsonNode> objects = objects();

        assertFalse(objects.isEmpty());
        for (JsonNode object : objects) {
            assertNotNull(object.get("apiVersion"), object.toString());
            assertNotNull(object.get("kind"), object.toString());
            assertTrue(object.path("metadata").path("name").asText().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?"),
                    "bad name in " + object.path("kind").asText());
        }
    }

    @Test
    void everyServiceSelectsTheDeploymentOfTheSameNameAndItsPort() throws IOException {
        var deployments = byKind("Deployment");
        var services = byKind("Service");

        assertEquals(new TreeSet<>(ServiceProcess.NAMES), names(deployments));
        assertEquals(names(deployments), names(services));
        for (JsonNode service : services) {
            JsonNode deployment = deployments.stream().filter(d -> name(d).equals(name(service))).findFirst().orElseThrow();
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            service.path("spec").path("selector").fields().forEachRemaining(selector ->
                    assertEquals(selector.getValue().asText(), podLabels.path(selector.getKey()).asText(), name(service)));
            assertEquals(deployment.at("/spec/selector/matchLabels"), service.at("/spec/selector"));
            // the Service carries the API only: health, metrics and the API document stay inside the cluster's pods
            assertEquals(1, service.at("/spec/ports").size(), name(service));
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals(ServiceProcess.PORTS.get(name(service)).intValue(), container.at("/ports/0/containerPort").asInt());
        }
    }

    @Test
    void probesAreSmallRyeHealthEndpointsOnTheManagementPort() throws IOException {
        for (JsonNode deployment : byKind("Deployment")) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");

            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
            for (String probe : List.of("/startupProbe", "/livenessProbe", "/readinessProbe")) {
                assertEquals("management", container.at(probe + "/httpGet/port").asText(), probe);
            }
            assertEquals(9000, container.at("/ports/1/containerPort").asInt(), "quarkus.management.port");
            assertEquals("management", container.at("/ports/1/name").asText());
            JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
            assertEquals("9000", annotations.path("prometheus.io/port").asText());
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());
        }
    }

    /** Partitions ≥ pods × consumers per pod, or consumers added by the autoscaler would sit idle. */
    @Test
    void everyConsumerGroupCanGrowToTheAutoscalersMaximum() throws IOException {
        Map<String, Integer> partitions = byKind("KafkaTopic").stream().collect(Collectors.toMap(
                t -> t.at("/spec/topicName").asText(), t -> t.at("/spec/partitions").asInt()));
        for (JsonNode hpa : byKind("HorizontalPodAutoscaler")) {
            String service = hpa.at("/metadata/name").asText();
            int pods = hpa.at("/spec/maxReplicas").asInt();
            ServiceSpec.read(ROOT, service).consumersPerPod().forEach((topic, perPod) -> assertTrue(
                    pods * perPod <= partitions.get(topic), service + ": " + pods + " pods × " + perPod
                            + " consumers on " + topic + ", which has " + partitions.get(topic) + " partitions"));
        }
    }

    @Test
    void everyTopicTheCodeUsesHasAKafkaTopicAndNoOtherDoes() throws IOException {
        Set<String> declared = byKind("KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(new TreeSet<>(Topics.ALL), declared);
        for (String service : ServiceProcess.NAMES) {
            for (String topic : ServiceSpec.read(ROOT, service).consumedTopics()) {
                assertTrue(declared.contains(topic), service + " consumes " + topic + ", which has no KafkaTopic");
            }
        }
    }

    @Test
    void secretsAreOnlyReferencedByNameAndEachDatabaseRoleUsesItsServicesSecret() throws IOException {
        List<JsonNode> objects = objects();
        Set<String> referenced = new TreeSet<>();
        objects.forEach(o -> o.findValues("secretKeyRef").forEach(ref -> referenced.add(ref.path("name").asText())));
        Set<String> roleSecrets = new TreeSet<>();
        byKind("Cluster").forEach(c -> c.at("/spec/managed/roles")
                .forEach(role -> roleSecrets.add(role.at("/passwordSecret/name").asText())));

        assertTrue(objects.stream().noneMatch(o -> o.path("kind").asText().equals("Secret")), "no Secret is committed");
        // besides the database roles' secrets, the one key every service shares (careline.privacy.phone-key)
        roleSecrets.add("careline-privacy");
        assertEquals(referenced, roleSecrets);
    }

    @Test
    void kustomizationsReferenceFilesAndObjectsThatExist() throws IOException {
        Set<String> kinds = objects().stream().map(o -> o.path("kind").asText()).collect(Collectors.toSet());
        Set<String> images = byKind("Deployment").stream()
                .map(d -> d.at("/spec/template/spec/containers/0/image").asText().replaceAll(":.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        for (Path kustomization : files().filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
            JsonNode k = YAML.readTree(kustomization.toFile());
            for (String list : List.of("resources", "components")) {
                k.path(list).forEach(entry -> assertTrue(Files.exists(kustomization.resolveSibling(entry.asText())),
                        kustomization + " names " + entry.asText()));
            }
            k.path("patches").forEach(patch -> assertTrue(kinds.contains(patch.at("/target/kind").asText()),
                    kustomization + " patches a kind no manifest has"));
            if (k.has("images")) {
                Set<String> named = new TreeSet<>();
                k.path("images").forEach(image -> named.add(image.path("name").asText()));
                assertEquals(images, named, kustomization + " must set the image of every service");
            }
        }
    }

    private static List<JsonNode> objects() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (Path file : files().filter(p -> !p.getFileName().toString().equals("kustomization.yaml")).toList()) {
            try (var parser = YAML.getFactory().createParser(file.toFile())) {
                YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                    if (node != null && !node.isEmpty()) {
                        objects.add(node);
                    }
                });
            }
        }
        return objects;
    }

    private static Stream<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(KUBERNETES)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static List<JsonNode> byKind(String kind) throws IOException {
        return objects().stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static Set<String> names(List<JsonNode> objects) {
        return objects.stream().map(ManifestsTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
