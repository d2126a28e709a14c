package com.careline.e2e;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.careline.devinfra.DevTokens;
import com.careline.devinfra.Infrastructure;
import com.careline.devinfra.Ports;
import com.careline.devinfra.ServiceProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The five built services as processes on one PostgreSQL and one broker, as ./run.sh runs them, started
 * once for all the test classes of this module and stopped when the test run ends.
 */
public final class RunningSuite implements BeforeAllCallback, AutoCloseable {

    private static RunningSuite started;

    private Infrastructure infra;
    private DevTokens tokens;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningSuite.class) {
            if (started == null) {
                start();
                started = this;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSuite.class.getName(), this);
            }
        }
    }

    static RunningSuite get() {
        return started;
    }

    private void start() throws Exception {
        infra = Infrastructure.forTests(System.getenv());
        Path work = Files.createTempDirectory("careline-e2e");
        tokens = DevTokens.inDirectory(work.resolve("jwt"));
        Map<String, String> props = new HashMap<>(infra.serviceProperties());
        props.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        Path root = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();
        for (String name : ServiceProcess.NAMES) {
            services.put(name, ServiceProcess.start(root, name, Ports.free(), props, work.resolve("logs")));
        }
        for (ServiceProcess service : services.values()) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(service::isReady);
        }
    }

    Map<String, ServiceProcess> services() {
        return services;
    }

    String url(String service) {
        return services.get(service).url();
    }

    String managementUrl(String service) {
        return services.get(service).managementUrl();
    }

    String kafkaBootstrap() {
        return infra.kafkaBootstrap();
    }

    /** A connection to a service's database, to count the effects of events where no API shows them. */
    Connection database(String name) throws SQLException {
        Map<String, String> props = infra.serviceProperties();
        return DriverManager.getConnection(infra.pgUrl() + "/" + name, props.get("quarkus.datasource.username"),
                props.get("quarkus.datasource.password"));
    }

    DevTokens tokens() {
        return tokens;
    }

    String token(String user, String role, String branch) {
        return tokens.token(user, role, branch, Duration.ofMinutes(30));
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        if (infra != null) {
            infra.close();
        }
    }
}
