package com.careline.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Flyway runs in order (no {@code out-of-order}): a database refuses to upgrade when a new migration's version is
 * below one it already applied. The platform's migrations and a service's share one history table, so the
 * owners cannot keep separate ranges (a service's V7 would land below the platform's V1003). Every migration
 * written from now on is therefore versioned by when it was written, {@code V<yyyyMMddHHmm>__what.sql}: each new
 * one sorts above everything released before it, whoever owns it. The versions below were released before this
 * rule and stay as they are, so no existing database has to change.
 */
class MigrationNumberingTest {

    /** Released before the rule: the services' V1..V6 and the platform's V1000..V1003. */
    private static final Set<String> LEGACY = Set.of(
            "claims-service/V1__init.sql", "complaint-service/V1__init.sql", "revisit-service/V1__init.sql",
            "inquiry-service/V1__init.sql", "inquiry-service/V2__knowledge_seed.sql",
            "inquiry-service/V3__delay_notices.sql",
            "reporting-service/V1__init.sql", "reporting-service/V2__complaint_analysis.sql",
            "reporting-service/V3__claim_facts.sql", "reporting-service/V4__inquiry_shipment_facts.sql",
            "reporting-service/V5__repeat_customers.sql", "reporting-service/V6__escalation_rounds.sql",
            "platform/core/V1000__outbox_inbox_sla.sql", "platform/core/V1001__parked_events.sql",
            "platform/core/V1002__sla_clock_quarantine.sql", "platform/core/V1003__outbox_held.sql");
    private static final Pattern FILE = Pattern.compile("V([0-9_.]+)__[a-z0-9_]+\\.sql");
    private static final Pattern TIMESTAMP = Pattern.compile("20[2-9][0-9](0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])([01][0-9]|2[0-3])[0-5][0-9]");
    private static final String PLATFORM = "platform/core";
    private static final Set<String> OWNERS = Set.of(PLATFORM, "inquiry-service", "complaint-service",
            "claims-service", "revisit-service", "reporting-service");

    private final Path root = Path.of(System.getProperty("careline.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyMigrationIsNamedAndNewOnesAreTimestamped() throws IOException {
        List<Path> files = migrations();
        assertTrue(files.size() >= 10, "found the migrations under " + root + ": " + files);
        for (Path file : files) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            assertTrue(m.matches(), file + " is not named V<version>__<lower_case_words>.sql");
            String version = m.group(1);
            if (!LEGACY.contains(owner(file) + "/" + file.getFileName())) {
                assertTrue(TIMESTAMP.matcher(version).matches(),
                        file + ": a new migration is versioned V<yyyyMMddHHmm> (when it was written), not V" + version);
            }
        }
    }

    @Test
    void noServiceSharesAVersionWithThePlatform() throws IOException {
        Map<String, List<String>> byVersion = new HashMap<>();
        for (Path file : migrations()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (m.matches() && owner(file).equals(PLATFORM)) {
                byVersion.computeIfAbsent(m.group(1), v -> new ArrayList<>()).add(file.toString());
            }
        }
        for (Path file : migrations()) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (m.matches() && !owner(file).equals(PLATFORM)) {
                assertFalse(byVersion.containsKey(m.group(1)),
                        file + " has the version of a platform migration " + byVersion.get(m.group(1)));
            }
        }
    }

    @Test
    void flywayRunsInOrder() throws IOException {
        String defaults = Files.readString(root.resolve(
                "platform/core/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(defaults.contains("quarkus.flyway.out-of-order=false"), "the platform turns out-of-order off");
        for (String owner : OWNERS) {
            Path props = root.resolve(owner).resolve("src/main/resources/application.properties");
            if (Files.exists(props)) {
                assertEquals(-1, Files.readString(props).indexOf("out-of-order=true"), owner + " turns it back on");
            }
        }
    }

    private String owner(Path file) {
        return OWNERS.stream().filter(o -> file.startsWith(root.resolve(o))).findFirst().orElseThrow();
    }

    private List<Path> migrations() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String owner : OWNERS) {
            Path resources = root.resolve(owner).resolve("src/main/resources/db");
            try (Stream<Path> walk = Files.walk(resources)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".sql")).forEach(files::add);
            }
        }
        return files;
    }
}
