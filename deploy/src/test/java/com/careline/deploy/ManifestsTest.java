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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

            assertTrue(Files.exists(committed),
                    file.getKey() + " is missing: run mvn -B -q -pl deploy -am process-classes -Dmanifests");
            assertEquals(file.getValue(), Files.readString(committed),
                    file.getKey() + " is stale: run mvn -B -q -pl deploy -am process-classes -Dmanifests");
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
        objects.forEach(o -> o.findValues("secretName").forEach(name -> referenced.add(name.asText())));
        Set<String> expected = new TreeSet<>();
        byKind("Cluster").forEach(c -> c.at("/spec/managed/roles")
                .forEach(role -> expected.add(role.at("/passwordSecret/name").asText())));

        assertTrue(objects.stream().noneMatch(o -> o.path("kind").asText().equals("Secret")), "no Secret is committed");
        // besides the database roles' secrets, the one key every service shares (careline.privacy.phone-key),
        // the Secrets Strimzi makes: one per KafkaUser (its SCRAM login) and the cluster CA's certificate
        expected.add("careline-privacy");
        expected.add(Workloads.MAIL_SECRET); // the desk's SMTP login, reporting-service's alone
        ServiceProcess.NAMES.forEach(service -> expected.add(service));
        expected.add("careline-kafka-cluster-ca-cert");
        assertEquals(expected, referenced);
        Set<String> users = names(byKind("KafkaUser"));
        for (JsonNode deployment : byKind("Deployment")) {
            assertTrue(users.contains(env(deployment, "KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef/name").asText()),
                    name(deployment) + " logs in as a KafkaUser");
        }
    }

    /** Read what it consumes, with its groups; write its domain's topic, what its code stages, its DLQs; no more. */
    @Test
    void everyServiceHasAKafkaUserAllowedWhatItsCodeDoesAndNothingElse() throws IOException {
        for (String service : ServiceProcess.NAMES) {
            ServiceSpec spec = ServiceSpec.read(ROOT, service);
            Set<String> expected = new TreeSet<>();
            Set<String> written = new TreeSet<>(stagedTopics(service));
            properties(service).stream().filter(line -> line.startsWith("careline.events.domain="))
                    .forEach(line -> written.add(Topics.forDomain(line.substring(line.indexOf('=') + 1).strip())));
            for (String topic : spec.consumedTopics()) {
                expected.addAll(List.of("topic " + topic + " Read", "topic " + topic + " Describe"));
                // a parked record is copied to the dead-letter topic of the topic it came from (ParkedEvents)
                written.add(Topics.deadLetter(topic));
            }
            written.forEach(t -> expected.addAll(List.of("topic " + t + " Write", "topic " + t + " Describe")));
            properties(service).stream().filter(line -> line.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id=.*"))
                    .forEach(line -> expected.add("group " + line.substring(line.indexOf('=') + 1).strip() + " Read"));
            if (service.equals("reporting-service")) {
                // rebuild runs read with a group per run and delete it at the end (RebuildWorker.group)
                assertTrue(Files.readString(ROOT.resolve(
                        "reporting-service/src/main/java/com/careline/reporting/rebuild/RebuildWorker.java"))
                        .contains("return \"" + KafkaUsers.REBUILD_GROUP_PREFIX + "\" + run;"));
                expected.addAll(List.of("group " + KafkaUsers.REBUILD_GROUP_PREFIX + "* Read",
                        "group " + KafkaUsers.REBUILD_GROUP_PREFIX + "* Delete"));
            }

            assertEquals(expected, allowed(user(service)), service);
        }
    }

    @Test
    void theBranchSystemsWriteShipmentEventsOnlyAndOpsReadTheDeadLetterTopics() throws IOException {
        assertEquals(Set.of("topic careline.shipment.events Write", "topic careline.shipment.events Describe"),
                allowed(user("careline-branch-systems")));
        Set<String> ops = allowed(user("careline-ops"));
        assertTrue(ops.stream().filter(acl -> acl.startsWith("topic"))
                .allMatch(acl -> acl.matches("topic \\S+\\.dlq (Read|Describe)")), ops.toString());
        assertEquals(Set.of("careline-branch-systems", "careline-ops"), Set.copyOf(
                names(byKind("KafkaUser")).stream().filter(u -> !ServiceProcess.NAMES.contains(u)).toList()));
    }

    /** Only authenticated, authorised clients; the services' listener reachable from the services' pods only. */
    @Test
    void theBrokersTakeAuthenticatedClientsAndOnlyTheServicesReachTheirListener() throws IOException {
        JsonNode kafka = byKind("Kafka").get(0).at("/spec/kafka");

        assertEquals("simple", kafka.at("/authorization/type").asText());
        for (JsonNode listener : kafka.path("listeners")) {
            assertEquals("scram-sha-512", listener.at("/authentication/type").asText(), listener.toString());
            assertTrue(listener.path("tls").asBoolean(), listener.toString());
        }
        JsonNode internal = kafka.path("listeners").get(0);
        assertEquals("internal", internal.path("type").asText());
        assertEquals(1, internal.path("networkPolicyPeers").size());
        assertEquals(servicePods(), internal.at("/networkPolicyPeers/0/podSelector"));
        assertTrue(byKind("ConfigMap").get(0).at("/data/kafka-bootstrap").asText()
                .endsWith(":" + internal.path("port").asInt()));
        for (JsonNode deployment : byKind("Deployment")) {
            assertEquals("SASL_SSL", env(deployment, "KAFKA_SECURITY_PROTOCOL").path("value").asText());
            assertEquals("SCRAM-SHA-512", env(deployment, "KAFKA_SASL_MECHANISM").path("value").asText());
        }
    }

    @Test
    void onlyIngressAndPrometheusReachTheServicesAndOnlyTheServicesAndCloudNativePgTheDatabase() throws IOException {
        JsonNode services = policy("careline-services");
        assertEquals(servicePods(), services.at("/spec/podSelector"));
        assertEquals(Map.of("ingress-nginx", "http", "monitoring", "management"), rules(services));

        JsonNode database = policy("careline-pg");
        assertEquals("careline-pg", database.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText());
        JsonNode fromServices = database.at("/spec/ingress/0");
        assertEquals(servicePods(), fromServices.at("/from/0/podSelector"));
        assertEquals("5432", fromServices.at("/ports/0/port").asText());
        for (JsonNode rule : database.at("/spec/ingress")) {
            JsonNode peer = rule.at("/from/0");
            boolean ours = peer.has("podSelector") && !peer.has("namespaceSelector");
            boolean operatorOrMonitoring = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()
                    .matches("cnpg-system|monitoring");
            assertTrue(ours || operatorOrMonitoring, rule.toString());
        }
    }

    @Test
    void everyDeploymentPrefersToSpreadItsPodsOverNodes() throws IOException {
        for (JsonNode deployment : byKind("Deployment")) {
            JsonNode preferred = deployment.at(
                    "/spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0");

            assertEquals("kubernetes.io/hostname", preferred.at("/podAffinityTerm/topologyKey").asText(), name(deployment));
            assertEquals(deployment.at("/spec/selector/matchLabels"),
                    preferred.at("/podAffinityTerm/labelSelector/matchLabels"));
            assertTrue(byKind("PodDisruptionBudget").stream().anyMatch(pdb -> name(pdb).equals(name(deployment))));
        }
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

    private static JsonNode env(JsonNode deployment, String name) {
        for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
            if (env.path("name").asText().equals(name)) {
                return env;
            }
        }
        throw new AssertionError(name(deployment) + " has no " + name);
    }

    private static JsonNode user(String name) throws IOException {
        return byKind("KafkaUser").stream().filter(u -> name(u).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no KafkaUser " + name));
    }

    /** {@code topic careline.x.events Read}, one per operation; a prefix pattern ends its name with {@code *}. */
    private static Set<String> allowed(JsonNode user) {
        Set<String> allowed = new TreeSet<>();
        user.at("/spec/authorization/acls").forEach(acl -> acl.path("operations").forEach(op -> allowed.add(
                acl.at("/resource/type").asText() + " " + acl.at("/resource/name").asText()
                        + (acl.at("/resource/patternType").asText().equals("prefix") ? "*" : "") + " " + op.asText())));
        return allowed;
    }

    /** The topics a service's own code stages in the outbox by constant ({@code outbox.stage(Topics.X, ...)}). */
    private static Set<String> stagedTopics(String service) throws IOException {
        Pattern staged = Pattern.compile("\\.stage(?:All|Record)?\\(\\s*Topics\\.([A-Z_]+)");
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve(service).resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = staged.matcher(Files.readString(source));
                while (m.find()) {
                    try {
                        topics.add((String) Topics.class.getField(m.group(1)).get(null));
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(source + " stages to Topics." + m.group(1), e);
                    }
                }
            }
        }
        return topics;
    }

    private static List<String> properties(String service) throws IOException {
        return Files.readAllLines(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
    }

    private static JsonNode servicePods() {
        return YAML.valueToTree(Map.of("matchExpressions", List.of(Map.of("key", "app.kubernetes.io/name",
                "operator", "In", "values", ServiceProcess.NAMES))));
    }

    private static JsonNode policy(String name) throws IOException {
        return byKind("NetworkPolicy").stream().filter(p -> name(p).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy " + name));
    }

    /** Namespace -> port of each ingress rule of {@code policy}, which must each name one namespace and one port. */
    private static Map<String, String> rules(JsonNode policy) {
        Map<String, String> rules = new TreeMap<>();
        for (JsonNode rule : policy.at("/spec/ingress")) {
            assertEquals(1, rule.path("from").size(), rule.toString());
            assertEquals(1, rule.path("ports").size(), rule.toString());
            rules.put(rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText(),
                    rule.at("/ports/0/port").asText());
        }
        return rules;
    }

    private static Set<String> names(List<JsonNode> objects) {
        return objects.stream().map(ManifestsTest::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
