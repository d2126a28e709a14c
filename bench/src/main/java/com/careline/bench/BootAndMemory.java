package com.careline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.careline.devinfra.ServiceProcess;

/**
 * 7. Start-up time and idle footprint of each service alone (JVM start to {@code /q/health/ready} 200, then
 * resident set and heap in use after about ten idle seconds), and of all five started together on this
 * machine, as {@code ./run.sh} does. Every service runs with the launcher's {@code -Xmx384m}. Then the stop:
 * SIGTERM to exit, of each service and of all five at once (what Ctrl-C on {@code ./run.sh} waits for before it
 * stops the broker and PostgreSQL).
 */
final class BootAndMemory implements Scenario {

    private static final double MIB = 1024 * 1024;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);

    /** One service's figures: seconds to ready, resident set and heap used, in MiB. */
    record Footprint(double bootSeconds, double rssMib, double heapMib) {
    }

    @Override
    public String name() {
        return "boot";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        long idleMillis = TimeUnit.SECONDS.toMillis(harness.size(10, 3));
        for (String name : ServiceProcess.NAMES) {
            // a first start on an empty database also runs its Flyway migrations: say so next to the figure
            String first = migrated(harness, name) ? "" : " (first start: migrates)";
            long start = System.nanoTime();
            ServiceProcess service = harness.start(name, Map.of());
            awaitReady(List.of(service));
            double boot = (System.nanoTime() - start) / 1e9;
            Thread.sleep(idleMillis); // the idle period is what is measured here, not a synchronisation
            Footprint f = new Footprint(boot, rssMib(service), heapMib(harness, service));
            long stop = System.nanoTime();
            harness.stop(name);
            report.add(name(), name + first, String.format(Locale.ROOT,
                    "boot %.1f s, RSS %.0f MiB, heap %.0f MiB, stop %.1f s",
                    f.bootSeconds(), f.rssMib(), f.heapMib(), (System.nanoTime() - stop) / 1e9));
        }

        long start = System.nanoTime();
        List<ServiceProcess> all = new ArrayList<>();
        for (String name : ServiceProcess.NAMES) {
            all.add(harness.start(name, Map.of()));
        }
        awaitReady(all);
        double boot = (System.nanoTime() - start) / 1e9;
        Thread.sleep(idleMillis);
        double rss = 0;
        double heap = 0;
        for (ServiceProcess service : all) {
            rss += rssMib(service);
            heap += heapMib(harness, service);
        }
        report.add(name(), "all five started together: until all ready", String.format(Locale.ROOT, "%.1f s", boot));
        report.add(name(), "all five together: total RSS, heap", String.format(Locale.ROOT,
                "RSS %.0f MiB, heap %.0f MiB", rss, heap));
        long stop = System.nanoTime();
        harness.stopAll();
        report.add(name(), "all five stopped together (SIGTERM to exit)",
                String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - stop) / 1e9));
    }

    /** Until every service answers 200 on readiness, asked every 100 ms; all share one three-minute limit. */
    private static void awaitReady(List<ServiceProcess> services) throws InterruptedException {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())), POLL);
        }
    }

    /** Whether the service's database already has its schema (Flyway's history table). */
    private static boolean migrated(Harness harness, String service) throws Exception {
        String database = "careline_" + service.replace("-service", "");
        try (Connection db = harness.database(database); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** VmRSS of the service's JVM (the launcher starts java directly, so the pid is the JVM's). */
    private static double rssMib(ServiceProcess service) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / MIB;
            }
        }
        throw new IllegalStateException("no VmRSS for " + service.name());
    }

    /** Sum of {@code jvm_memory_used_bytes{area="heap",...}} over the heap pools, from Prometheus metrics. */
    private static double heapMib(Harness harness, ServiceProcess service) throws Exception {
        HttpResponse<String> metrics = harness.send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build());
        if (metrics.statusCode() != 200) {
            throw new IllegalStateException(service.name() + " /q/metrics answered " + metrics.statusCode());
        }
        double bytes = 0;
        boolean found = false;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(service.name() + " /q/metrics has no heap jvm_memory_used_bytes");
        }
        return bytes / MIB;
    }
}
