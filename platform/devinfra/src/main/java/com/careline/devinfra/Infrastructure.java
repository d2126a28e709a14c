package com.careline.devinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.careline.platform.events.Topics;

/**
 * The PostgreSQL server and Kafka broker CareLine runs on: embedded ones started here, or external ones
 * named by {@code CARELINE_PG_URL} (server URL without a database, e.g. {@code jdbc:postgresql://db:5432}),
 * {@code CARELINE_PG_USERNAME}, {@code CARELINE_PG_PASSWORD} and {@code CARELINE_KAFKA_BOOTSTRAP}.
 * Either way every service database and every topic of {@link Topics#ALL} exists once this returns.
 */
public final class Infrastructure implements AutoCloseable {

    /** One database per service: no service reads another's tables. */
    public static final List<String> DATABASES = List.of(
            "careline_inquiry", "careline_complaint", "careline_claims", "careline_revisit", "careline_reporting");

    /** The platform's own tests run a small application on this database. */
    public static final String PLATFORM_TEST_DATABASE = "careline_platform";

    private static final List<java.util.logging.Logger> QUIETED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final String pgUrl;
    private final String pgUser;
    private final String pgPassword;
    private final String kafkaBootstrap;
    private final List<AutoCloseable> started;

    private Infrastructure(String pgUrl, String pgUser, String pgPassword, String kafkaBootstrap,
            List<AutoCloseable> started) {
        this.pgUrl = pgUrl;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
        this.kafkaBootstrap = kafkaBootstrap;
        this.started = started;
    }

    /** For a test JVM: throw-away servers on free ports, unless external ones are configured. */
    public static Infrastructure forTests(Map<String, String> env) throws Exception {
        return start(env, null, 0, 0);
    }

    /** For the local run: fixed ports, data kept under {@code dataDir} across restarts. */
    public static Infrastructure persistent(Map<String, String> env, Path dataDir, int pgPort, int kafkaPort)
            throws Exception {
        return start(env, dataDir, pgPort, kafkaPort);
    }

    private static Infrastructure start(Map<String, String> env, Path dataDir, int pgPort, int kafkaPort)
            throws Exception {
        quietLogs();
        List<AutoCloseable> started = new ArrayList<>();
        try {
            String pgUrl = env.get("CARELINE_PG_URL");
            String user = env.getOrDefault("CARELINE_PG_USERNAME", EmbeddedPostgres.USER);
            String password = env.get("CARELINE_PG_PASSWORD");
            if (pgUrl == null || pgUrl.isBlank()) {
                EmbeddedPostgres pg = dataDir == null ? EmbeddedPostgres.ephemeral()
                        : EmbeddedPostgres.persistent(pgPort, dataDir.resolve("postgres"));
                started.add(pg);
                pgUrl = pg.serverUrl();
                user = EmbeddedPostgres.USER;
                password = null;
            }
            List<String> databases = new ArrayList<>(DATABASES);
            if (dataDir == null) {
                databases.add(PLATFORM_TEST_DATABASE);
            }
            EmbeddedPostgres.createDatabases(pgUrl, user, password, databases);

            String bootstrap = env.get("CARELINE_KAFKA_BOOTSTRAP");
            if (bootstrap == null || bootstrap.isBlank()) {
                Path logDir = dataDir == null ? Files.createTempDirectory("careline-kafka") : dataDir.resolve("kafka");
                if (dataDir == null) {
                    started.add(() -> deleteTree(logDir));
                }
                int port = dataDir == null ? Ports.free() : kafkaPort;
                int controller = dataDir == null ? Ports.free() : kafkaPort + 1;
                KafkaBroker kafka = KafkaBroker.start(port, controller, logDir);
                started.add(0, kafka);
                bootstrap = kafka.bootstrapServers();
            }
            KafkaBroker.createTopics(bootstrap, Topics.ALL);
            return new Infrastructure(pgUrl, user, password, bootstrap, started);
        } catch (Exception e) {
            closeAll(started);
            throw e;
        }
    }

    public String pgUrl() {
        return pgUrl;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** The properties every service reads to find the servers (see each service's application.properties). */
    public Map<String, String> serviceProperties() {
        return serviceProperties(pgUrl, pgUser, pgPassword, kafkaBootstrap);
    }

    /** The same for servers started elsewhere (a test that stops and restarts its own). */
    public static Map<String, String> serviceProperties(String pgUrl, String pgUser, String pgPassword,
            String kafkaBootstrap) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("careline.pg.url", pgUrl);
        props.put("quarkus.datasource.username", pgUser);
        if (pgPassword != null) {
            props.put("quarkus.datasource.password", pgPassword);
        }
        props.put("kafka.bootstrap.servers", kafkaBootstrap);
        return props;
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("could not stop " + resource + ": " + e);
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Kafka and zonky are loud at INFO; the loggers are held so that the level is not lost to GC. */
    public static void quietLogs() {
        for (String category : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky")) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }
}
