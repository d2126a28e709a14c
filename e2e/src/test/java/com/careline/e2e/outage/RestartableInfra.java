package com.careline.e2e.outage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.careline.devinfra.DevTokens;
import com.careline.devinfra.EmbeddedPostgres;
import com.careline.devinfra.Infrastructure;
import com.careline.devinfra.KafkaBroker;
import com.careline.devinfra.Ports;
import com.careline.devinfra.ServiceProcess;
import com.careline.platform.events.Topics;

/**
 * A PostgreSQL server and a broker of their own, on fixed ports with their data on disk, so that a test
 * can stop either and start it again where the services expect it; plus the services run on them.
 */
final class RestartableInfra implements AutoCloseable {

    private final Path work;
    private final int pgPort = Ports.free();
    private final int kafkaPort = Ports.free();
    private final int controllerPort = Ports.free();
    private final DevTokens tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extras = new HashMap<>();
    private EmbeddedPostgres postgres;
    private KafkaBroker broker;

    RestartableInfra() throws Exception {
        Infrastructure.quietLogs();
        // under target/, so that the services' logs are there to read when a test fails; the data is removed
        Files.createDirectories(Path.of("target"));
        work = Files.createTempDirectory(Path.of("target"), "outage-");
        tokens = DevTokens.inDirectory(work.resolve("jwt"));
        startPostgres();
        EmbeddedPostgres.createDatabases(postgres.serverUrl(), EmbeddedPostgres.USER, null, Infrastructure.DATABASES);
        startBroker();
        KafkaBroker.createTopics(broker.bootstrapServers(), Topics.ALL);
    }

    void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.restartable(pgPort, work.resolve("postgres"));
    }

    void stopPostgres() throws Exception {
        postgres.close();
        postgres = null;
    }

    void startBroker() throws Exception {
        broker = KafkaBroker.start(kafkaPort, controllerPort, work.resolve("kafka"));
    }

    void stopBroker() {
        broker.close();
        broker = null;
    }

    /** Starts the service (with extra system properties) and waits until it is ready. */
    ServiceProcess start(String name, Map<String, String> extra) throws Exception {
        Map<String, String> props = new HashMap<>(Infrastructure.serviceProperties(
                "jdbc:postgresql://localhost:" + pgPort, EmbeddedPostgres.USER, null, "localhost:" + kafkaPort));
        props.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        props.putAll(extra);
        extras.put(name, extra);
        Path root = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();
        ServiceProcess service = ServiceProcess.start(root, name, Ports.free(), props, work.resolve("logs"));
        services.put(name, service);
        service.awaitReady(Duration.ofMinutes(3));
        return service;
    }

    /** The same service again, as a process supervisor would restart it after a crash. */
    ServiceProcess restart(String name) throws Exception {
        return start(name, extras.getOrDefault(name, Map.of()));
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/" + name, EmbeddedPostgres.USER, null);
    }

    String kafkaBootstrap() {
        return "localhost:" + kafkaPort;
    }

    String token(String user, String role, String branch) {
        return tokens.token(user, role, branch, Duration.ofMinutes(30));
    }

    @Override
    public void close() throws Exception {
        services.values().forEach(ServiceProcess::close);
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        for (String data : new String[] {"postgres", "kafka"}) {
            deleteTree(work.resolve(data));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
