package com.careline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;

import com.careline.devinfra.DevTokens;
import com.careline.devinfra.Infrastructure;
import com.careline.devinfra.Ports;
import com.careline.devinfra.ServiceProcess;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What every scenario runs on: one embedded PostgreSQL and one broker (or the external ones of
 * {@code CARELINE_PG_URL} / {@code CARELINE_KAFKA_BOOTSTRAP}), the built services as processes, dev tokens,
 * and loopback clients.
 */
final class Harness implements AutoCloseable {

    private final Infrastructure infra;
    private final DevTokens tokens;
    private final Path work;
    private final Path root;
    private final boolean quick;
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final HttpClient http;

    Harness(boolean quick) throws Exception {
        this.quick = quick;
        this.infra = Infrastructure.forTests(System.getenv());
        this.work = Files.createTempDirectory("careline-bench");
        this.tokens = DevTokens.inDirectory(work.resolve("jwt"));
        this.root = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    /** The project's root directory: the services' builds and sources (e.g. their migrations) are under it. */
    Path root() {
        return root;
    }

    /** {@code quick} sizes for a smoke run of the benchmarks themselves; figures come from full runs. */
    boolean quick() {
        return quick;
    }

    /** {@code full} in a full run, {@code quick} otherwise. */
    int size(int full, int quick) {
        return this.quick ? quick : full;
    }

    /** The service, started with the given extra system properties if it is not running yet. */
    ServiceProcess service(String name, Map<String, String> extra) throws Exception {
        ServiceProcess service = running.get(name);
        if (service == null) {
            service = start(name, extra);
            service.awaitReady(Duration.ofMinutes(3));
        }
        return service;
    }

    ServiceProcess service(String name) throws Exception {
        return service(name, Map.of());
    }

    /** Starts the service without waiting for readiness (boot-time measurements wait themselves). */
    ServiceProcess start(String name, Map<String, String> extra) throws Exception {
        stop(name);
        Map<String, String> props = new HashMap<>(infra.serviceProperties());
        props.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        props.putAll(extra);
        ServiceProcess service = ServiceProcess.start(root, name, Ports.free(), props, work.resolve("logs"));
        running.put(name, service);
        return service;
    }

    void stop(String name) {
        ServiceProcess service = running.remove(name);
        if (service != null) {
            service.close();
        }
    }

    /** SIGTERM to every running service at once, as ./run.sh's stop does ({@link ServiceProcess#stopAll}). */
    void stopAll() {
        List<ServiceProcess> services = List.copyOf(running.values());
        running.clear();
        ServiceProcess.stopAll(services, Duration.ofSeconds(20));
    }

    String token(String role, String branch) {
        return tokens.token("bench-" + role.toLowerCase(), role, branch, Duration.ofHours(2));
    }

    HttpRequest.Builder request(ServiceProcess service, String path, String token) {
        return HttpRequest.newBuilder(URI.create(service.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A connection to one of {@link Infrastructure#DATABASES}, or {@code postgres} for scratch tables. */
    Connection database(String name) throws SQLException {
        return database(name, Map.of());
    }

    /** As {@link #database(String)}, with extra driver properties (e.g. the services' reWriteBatchedInserts). */
    Connection database(String name, Map<String, String> driver) throws SQLException {
        Properties props = new Properties();
        props.putAll(driver);
        Map<String, String> service = infra.serviceProperties();
        props.setProperty("user", service.get("quarkus.datasource.username"));
        if (service.containsKey("quarkus.datasource.password")) {
            props.setProperty("password", service.get("quarkus.datasource.password"));
        }
        return DriverManager.getConnection(infra.pgUrl() + "/" + name, props);
    }

    String kafkaBootstrap() {
        return infra.kafkaBootstrap();
    }

    /** A producer as the outbox relay configures its own: acks=all, idempotent. */
    KafkaProducer<String, String> producer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @Override
    public void close() {
        stopAll();
        infra.close();
    }
}
