package com.careline.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void thePersistentServerOfRunShCommitsDurablyAndTheTestServerFast(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres persistent = EmbeddedPostgres.persistent(Ports.free(), data.resolve("postgres"))) {
            assertEquals("on", persistent.setting("synchronous_commit"));
            assertEquals("on", persistent.setting("fsync"));
        }
        try (EmbeddedPostgres ephemeral = EmbeddedPostgres.ephemeral()) {
            assertEquals("off", ephemeral.setting("synchronous_commit"));
        }
        try (EmbeddedPostgres restartable = EmbeddedPostgres.restartable(Ports.free(), data.resolve("restartable"))) {
            assertEquals("off", restartable.setting("synchronous_commit"));
        }
    }
}
