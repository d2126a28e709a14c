package com.careline.devinfra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One CareLine service run from its built fast-jar as a child process, with its log in a file. */
public final class ServiceProcess implements AutoCloseable {

    /** The five services and their ports; each one's management interface (/q) listens 1000 above. */
    public static final Map<String, Integer> PORTS = Map.of(
            "inquiry-service", 8081,
            "complaint-service", 8082,
            "claims-service", 8083,
            "revisit-service", 8084,
            "reporting-service", 8085);

    public static final List<String> NAMES = List.of(
            "inquiry-service", "complaint-service", "claims-service", "revisit-service", "reporting-service");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} with the given system properties.
     * {@code port} 0 keeps the service's own ports ({@link #PORTS}, management 1000 above); any other port takes a
     * free one for the management interface too. It runs the {@code local} profile (on top of {@code prod}), which
     * turns Swagger UI on.
     */
    public static ServiceProcess start(Path root, String name, int port, Map<String, String> properties, Path logDir)
            throws IOException {
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (mvn -B package -DskipTests)");
        }
        int effectivePort = port == 0 ? PORTS.get(name) : port;
        int managementPort = port == 0 ? PORTS.get(name) + 1000 : Ports.free();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        // extra JVM options for every service, e.g. a flight recording while a benchmark runs
        String extra = System.getenv("CARELINE_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-Dquarkus.profile=prod,local");
        command.add("-Dquarkus.http.port=" + effectivePort);
        command.add("-Dquarkus.management.port=" + managementPort);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(name, effectivePort, managementPort, process, log);
    }

    public String name() {
        return name;
    }

    /** The API. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** The management interface: {@code /q/health}, {@code /q/metrics}, {@code /q/openapi}, {@code /q/swagger-ui}. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as the kernel's OOM killer or a lost node would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until {@code /q/health/ready} answers 200 (the database reachable, migrations done). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        awaitReady(timeout, Duration.ofMillis(500));
    }

    /** As {@link #awaitReady(Duration)}, asking every {@code poll} (short, where boot time is measured). */
    public void awaitReady(Duration timeout, Duration poll) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (isReady()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(poll.toMillis()); // polling a child process, not synchronising a test
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /** {@code /q/health/ready} answers 200: the service reaches its database (the broker is not asked). */
    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, then SIGKILL if the service has not stopped within 20 s. */
    @Override
    public void close() {
        stopAll(List.of(this), Duration.ofSeconds(20));
    }

    /**
     * SIGTERM to every service at once (each then finishes its requests and batches, commits its offsets and
     * leaves its consumer groups, in parallel with the others), then SIGKILL for any still running after
     * {@code grace}. What a killed service had not finished is redelivered: the outbox and the inbox keep it.
     */
    public static void stopAll(List<ServiceProcess> services, Duration grace) {
        services.forEach(s -> s.process.destroy());
        Instant deadline = Instant.now().plus(grace);
        try {
            for (ServiceProcess s : services) {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                if (!s.process.waitFor(left, TimeUnit.MILLISECONDS)) {
                    System.err.println(s.name + " did not stop within " + grace + ": killed");
                    s.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            services.forEach(s -> s.process.destroyForcibly());
            Thread.currentThread().interrupt();
        }
    }
}
