package com.careline.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks of docs/benchmarks.md against the built services on this machine and prints their
 * figures, each next to the raw baseline it is held against. Run with
 * {@code mvn -B -Pbench -DskipTests verify} ({@code -Dbench.only=baselines,intake -Dbench.size=quick} for a
 * part, or small sizes). The Markdown table lands in {@code bench/target/benchmarks.md}.
 */
public final class Bench {

    /** In the order they run: the baselines first, as the others are reported as ratios of them. */
    static final List<Scenario> SCENARIOS = List.of(
            new Baselines(),
            new Intake(),
            new ShipmentIngest(),
            new EscalationLag(),
            new EventLatency(),
            new MonthlyAnalysis(),
            new DeskSearch(),
            new BootAndMemory());

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only", "all");
        boolean quick = "quick".equals(System.getProperty("bench.size", "full"));
        Set<String> wanted = Arrays.stream(only.split(",")).map(String::trim).collect(Collectors.toSet());
        Report report = new Report();
        Instant start = Instant.now();
        try (Harness harness = new Harness(quick)) {
            for (Scenario scenario : SCENARIOS) {
                if (!wanted.contains("all") && !wanted.contains(scenario.name())
                        && !scenario.name().equals("baselines")) {
                    continue;
                }
                System.out.println("== " + scenario.name());
                scenario.run(harness, report);
                harness.stopAll();
            }
        }
        String header = String.format("CareLine benchmarks, %s sizes, %d cores, %s, run took %s",
                quick ? "quick" : "full", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Duration.between(start, Instant.now()).withNanos(0));
        System.out.println();
        System.out.println(report.markdown(header));
        report.write(Path.of("target", "benchmarks.md"), header);
    }

    private Bench() {
    }
}
