package com.careline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A schema of the scratch database ({@code postgres}) holding a service's tables exactly: built by running
 * that service's Flyway migrations and the platform's, read from the sources, in version order. The
 * same-shape baselines write into it, so their tables and indexes are the service's by construction.
 */
final class ScratchSchema {

    /** The platform's migrations (outbox, inbox, SLA clocks, timeline, parked events), in every service. */
    static final String PLATFORM = "platform/core/src/main/resources/db/platform";

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private final Harness harness;
    private final String name;

    private ScratchSchema(Harness harness, String name) {
        this.harness = harness;
        this.name = name;
    }

    /** Drops and recreates {@code name} from the versioned migrations under {@code dirs} (relative to the root). */
    static ScratchSchema create(Harness harness, String name, String... dirs) throws SQLException, IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> listing = Files.list(harness.root().resolve(dir))) {
                listing.filter(f -> VERSIONED.matcher(f.getFileName().toString()).matches()).forEach(files::add);
            }
        }
        files.sort(Comparator.comparing(ScratchSchema::version, ScratchSchema::compareVersions));
        ScratchSchema schema = new ScratchSchema(harness, name);
        try (Connection c = harness.database("postgres"); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
            s.execute("create schema " + name);
        }
        try (Connection c = schema.connection(Map.of()); Statement s = c.createStatement()) {
            for (Path file : files) {
                s.execute(Files.readString(file));
            }
        }
        System.out.printf("  scratch schema %s from %s%n", name,
                files.stream().map(f -> harness.root().relativize(f).toString()).toList());
        return schema;
    }

    /** A connection whose search path starts with this schema (then public, for extensions installed there). */
    Connection connection(Map<String, String> driver) throws SQLException {
        Map<String, String> props = new java.util.HashMap<>(driver);
        props.put("currentSchema", name + ",public");
        return harness.database("postgres", props);
    }

    void drop() throws SQLException {
        try (Connection c = harness.database("postgres"); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + name + " cascade");
        }
    }

    /** Flyway's version parts; a timestamped one (V202612011600) does not fit an int. */
    private static long[] version(Path file) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Stream.of(m.group(1).split("[._]")).mapToLong(Long::parseLong).toArray();
    }

    private static int compareVersions(long[] a, long[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
