package com.careline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run: a row per measurement, with its baseline and goal where the issue sets one.
 * Printed as a table and written as Markdown to paste into docs/benchmarks.md.
 */
final class Report {

    /** A measured figure. {@code goal} says in words what it is held against; {@code met} is null without one. */
    record Row(String scenario, String measure, String value, String baseline, String goal, Boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Double> baselines = new LinkedHashMap<>();

    synchronized void add(String scenario, String measure, String value) {
        rows.add(new Row(scenario, measure, value, "", "", null));
        System.out.printf("  %-22s %-52s %s%n", scenario, measure, value);
    }

    synchronized void add(String scenario, String measure, String value, String baseline, String goal, boolean met) {
        rows.add(new Row(scenario, measure, value, baseline, goal, met));
        System.out.printf("  %-22s %-52s %s  (%s; goal %s: %s)%n", scenario, measure, value, baseline, goal,
                met ? "met" : "MISSED");
    }

    /** A raw rate other scenarios are held against, e.g. {@code pg.inserts-per-second}. */
    synchronized void baseline(String name, double value) {
        baselines.put(name, value);
    }

    synchronized double baseline(String name) {
        Double value = baselines.get(name);
        if (value == null) {
            throw new IllegalStateException("baseline " + name + " has not been measured in this run");
        }
        return value;
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond);
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f x", ratio);
    }

    synchronized String markdown(String header) {
        StringBuilder md = new StringBuilder(header).append("\n\n")
                .append("| scenario | measure | value | baseline | goal | met |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.scenario()).append(" | ").append(row.measure()).append(" | ")
                    .append(row.value()).append(" | ").append(row.baseline()).append(" | ").append(row.goal())
                    .append(" | ").append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }

    void write(Path file, String header) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown(header));
    }
}
