package com.careline.deploy;

import static com.careline.deploy.Manifests.labels;
import static com.careline.deploy.Manifests.metadata;
import static com.careline.deploy.Manifests.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careline.platform.events.Topics;

/**
 * A service's Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler. Every service may run
 * several replicas: the outbox relay locks its lanes, the SLA ticker and the schedulers lock their rows,
 * and Kafka spreads a consumer group's partitions; so each gets two replicas, an HPA up to as many pods as
 * the case topics' partitions can feed (pods × consumers per pod ≤ partitions: more would sit idle) and a
 * PDB keeping one up during node drains.
 */
final class Workloads {

    /**
     * Probes: SmallRye Health's endpoints, which every service has through the platform, on the management
     * interface's port ({@code quarkus.management.port}), which the Service does not expose.
     */
    static final String STARTED = "/q/health/started";
    static final String LIVE = "/q/health/live";
    static final String READY = "/q/health/ready";
    static final int MANAGEMENT_PORT = 9000;
    static final String METRICS = "/q/metrics";
    /**
     * Consumers per pod on a case channel: {@code mp.messaging.incoming.<channel>.concurrency} in the
     * services' application.properties (shipment channels run twice as many on four times the partitions).
     */
    static final int CASE_CONCURRENCY = 2;
    static final int MAX_REPLICAS = Topics.CASE_PARTITIONS / CASE_CONCURRENCY;
    /** Where the pods find Strimzi's cluster CA certificate (PEM), to trust the brokers' TLS listener. */
    static final String KAFKA_CA_DIR = "/etc/careline/kafka-ca";
    static final String KAFKA_CA_KEY = "ca.crt";

    private Workloads() {
    }

    static List<Map<String, Object>> of(ServiceSpec service) {
        return List.of(deployment(service), service(service), disruptionBudget(service), autoscaler(service));
    }

    /** Where every service finds PostgreSQL, Kafka and the token issuer; overlays patch the values. */
    static Map<String, Object> platformConfig() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pg-url", "jdbc:postgresql://" + Manifests.PG_CLUSTER + "-rw:5432");
        data.put("kafka-bootstrap", Manifests.KAFKA_CLUSTER + "-kafka-bootstrap:" + Messaging.INTERNAL_PORT);
        data.put("jwt-issuer", "https://sso.example.com/realms/careline");
        // traces (README "Traces"): off in the base and dev, on in the prod overlays, sent to this collector
        data.put("tracing-disabled", "true");
        data.put("otel-endpoint", "http://otel-collector.observability.svc:4317");
        return object("v1", "ConfigMap", metadata(Manifests.PLATFORM_CONFIG, labels(Manifests.PLATFORM_CONFIG)), data);
    }

    /** The SMTP login of the services that send mail (the desk's), created by ops. */
    static final String MAIL_SECRET = "careline-mail";

    private static Map<String, Object> deployment(ServiceSpec s) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("name", s.name());
        container.put("image", "careline/" + s.name() + ":latest");
        container.put("ports", List.of(Map.of("name", "http", "containerPort", s.port()),
                Map.of("name", "management", "containerPort", MANAGEMENT_PORT)));
        List<Map<String, Object>> env = new ArrayList<>(List.of(
                fromConfig("CARELINE_PG_URL", "pg-url"),
                fromSecret("QUARKUS_DATASOURCE_USERNAME", s.databaseSecret(), "username"),
                fromSecret("QUARKUS_DATASOURCE_PASSWORD", s.databaseSecret(), "password"),
                // the key of the phone numbers' keyed hashes, the same for every service (PhoneKeys)
                fromSecret("CARELINE_PRIVACY_PHONE_KEY", "careline-privacy", "phone-key"),
                fromConfig("KAFKA_BOOTSTRAP_SERVERS", "kafka-bootstrap"),
                // Quarkus turns KAFKA_* into kafka.* (default-kafka-broker), which every channel, the outbox
                // relay and the admin clients use; ./run.sh and the tests set none of them: no authentication
                Map.of("name", "KAFKA_SECURITY_PROTOCOL", "value", "SASL_SSL"),
                Map.of("name", "KAFKA_SASL_MECHANISM", "value", "SCRAM-SHA-512"),
                fromSecret("KAFKA_SASL_JAAS_CONFIG", s.kafkaUser(), "sasl.jaas.config"),
                Map.of("name", "KAFKA_SSL_TRUSTSTORE_TYPE", "value", "PEM"),
                Map.of("name", "KAFKA_SSL_TRUSTSTORE_LOCATION", "value", KAFKA_CA_DIR + "/" + KAFKA_CA_KEY),
                fromConfig("MP_JWT_VERIFY_ISSUER", "jwt-issuer"),
                Map.of("name", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "value", "/etc/careline/jwt/public-key.pem"),
                Map.of("name", "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "value", "true"),
                fromConfig("QUARKUS_OTEL_SDK_DISABLED", "tracing-disabled"),
                fromConfig("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "otel-endpoint"),
                Map.of("name", "JAVA_TOOL_OPTIONS", "value", "-XX:MaxRAMPercentage=70")));
        if (s.sendsMail()) {
            // the desk's mail (quarkus-mailer): the SMTP server and the sender, from the careline-mail Secret
            env.add(Map.of("name", "QUARKUS_MAILER_MOCK", "value", "false"));
            env.add(fromSecret("QUARKUS_MAILER_HOST", MAIL_SECRET, "host"));
            env.add(fromSecret("QUARKUS_MAILER_PORT", MAIL_SECRET, "port"));
            env.add(fromSecret("QUARKUS_MAILER_USERNAME", MAIL_SECRET, "username"));
            env.add(fromSecret("QUARKUS_MAILER_PASSWORD", MAIL_SECRET, "password"));
            env.add(Map.of("name", "QUARKUS_MAILER_TLS", "value", "true"));
            env.add(fromSecret("CARELINE_DESK_MAIL_FROM", MAIL_SECRET, "from"));
        }
        container.put("env", env);
        container.put("volumeMounts", List.of(Map.of("name", "jwt", "mountPath", "/etc/careline/jwt", "readOnly", true),
                Map.of("name", "kafka-ca", "mountPath", KAFKA_CA_DIR, "readOnly", true)));
        // measured with ./run.sh and ps: 256-292 MiB resident when idle, boot 22-24 s with all five starting
        // together on 2 cores (the startup probe allows 180 s); the limit leaves room for load and GC
        container.put("resources", Map.of(
                "requests", Map.of("cpu", "250m", "memory", "384Mi"),
                "limits", Map.of("cpu", "1", "memory", "768Mi")));
        container.put("startupProbe", probe(STARTED, 5, 36));
        container.put("livenessProbe", probe(LIVE, 10, 3));
        container.put("readinessProbe", probe(READY, 5, 3));

        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("containers", List.of(container));
        pod.put("volumes", List.of(Map.of("name", "jwt", "configMap", Map.of("name", Manifests.JWT_CONFIG)),
                Map.of("name", "kafka-ca", "secret", Map.of("secretName", Messaging.CLUSTER_CA_SECRET,
                        "items", List.of(Map.of("key", KAFKA_CA_KEY, "path", KAFKA_CA_KEY))))));
        pod.put("terminationGracePeriodSeconds", 30);
        Map<String, Object> own = Map.of("app.kubernetes.io/name", s.name());
        pod.put("affinity", spreadOverNodes(own));
        // and over zones where the nodes have them; ScheduleAnyway, so that a one-zone cluster schedules all the same
        pod.put("topologySpreadConstraints", List.of(Map.of("maxSkew", 1, "topologyKey", "topology.kubernetes.io/zone",
                "whenUnsatisfiable", "ScheduleAnyway", "labelSelector", Map.of("matchLabels", own))));

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", 2);
        spec.put("selector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", s.name())));
        // Prometheus scrapes each pod's management port (the usual annotations; a ServiceMonitor can do the same)
        Map<String, Object> scrape = Map.of("prometheus.io/scrape", "true",
                "prometheus.io/port", String.valueOf(MANAGEMENT_PORT), "prometheus.io/path", METRICS);
        spec.put("template", Map.of("metadata", Map.of("labels", labels(s.name()), "annotations", scrape), "spec", pod));
        return object("apps/v1", "Deployment", metadata(s.name(), labels(s.name())), spec);
    }

    /**
     * Pods of one kind on different nodes where the scheduler can: a node drain then takes one of them, and the
     * PodDisruptionBudget keeps the other up. Preferred, not required: the autoscaler may want more pods than
     * there are nodes, and a one-node dev cluster must still run everything.
     */
    static Map<String, Object> spreadOverNodes(Map<String, Object> podLabels) {
        Map<String, Object> term = Map.of("labelSelector", Map.of("matchLabels", podLabels),
                "topologyKey", "kubernetes.io/hostname");
        return Map.of("podAntiAffinity", Map.of("preferredDuringSchedulingIgnoredDuringExecution",
                List.of(Map.of("weight", 100, "podAffinityTerm", term))));
    }

    /** A label selector for the pods of every service. */
    static Map<String, Object> servicePods(List<ServiceSpec> services) {
        return Map.of("matchExpressions", List.of(Map.of("key", "app.kubernetes.io/name", "operator", "In",
                "values", services.stream().map(ServiceSpec::name).toList())));
    }

    private static Map<String, Object> service(ServiceSpec s) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("selector", Map.of("app.kubernetes.io/name", s.name()));
        spec.put("ports", List.of(Map.of("name", "http", "port", 80, "targetPort", "http")));
        return object("v1", "Service", metadata(s.name(), labels(s.name())), spec);
    }

    private static Map<String, Object> disruptionBudget(ServiceSpec s) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("minAvailable", 1);
        spec.put("selector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", s.name())));
        return object("policy/v1", "PodDisruptionBudget", metadata(s.name(), labels(s.name())), spec);
    }

    private static Map<String, Object> autoscaler(ServiceSpec s) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("scaleTargetRef", Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", s.name()));
        spec.put("minReplicas", 2);
        spec.put("maxReplicas", MAX_REPLICAS);
        spec.put("metrics", List.of(Map.of("type", "Resource", "resource",
                Map.of("name", "cpu", "target", Map.of("type", "Utilization", "averageUtilization", 70)))));
        return object("autoscaling/v2", "HorizontalPodAutoscaler", metadata(s.name(), labels(s.name())), spec);
    }

    private static Map<String, Object> probe(String path, int period, int failures) {
        Map<String, Object> probe = new LinkedHashMap<>();
        probe.put("httpGet", Map.of("path", path, "port", "management"));
        probe.put("periodSeconds", period);
        probe.put("failureThreshold", failures);
        return probe;
    }

    private static Map<String, Object> fromConfig(String env, String key) {
        return Map.of("name", env, "valueFrom",
                Map.of("configMapKeyRef", Map.of("name", Manifests.PLATFORM_CONFIG, "key", key)));
    }

    /** Secrets are referenced by name only; ops (or CloudNativePG's managed roles) create them. */
    private static Map<String, Object> fromSecret(String env, String secret, String key) {
        return Map.of("name", env, "valueFrom", Map.of("secretKeyRef", Map.of("name", secret, "key", key)));
    }
}
