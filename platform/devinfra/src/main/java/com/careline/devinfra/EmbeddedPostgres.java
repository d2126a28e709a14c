package com.careline.devinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server (zonky's binaries) run as a child process. As root, zonky itself runs
 * initdb and pg_ctl under {@code unshare -U}, so no setup is needed on CI.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /** Throw-away server for a test JVM: random port, temporary data directory removed on close. */
    public static EmbeddedPostgres ephemeral() throws IOException {
        return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start());
    }

    /**
     * Fixed port, data kept in {@code dataDir} across restarts (initdb only when it is empty), with durable
     * settings: zonky's defaults (kept by {@link #ephemeral}, for tests) turn {@code synchronous_commit} off,
     * and a crash could then lose cases whose events were already published.
     */
    public static EmbeddedPostgres persistent(int port, Path dataDir) throws IOException {
        return start(port, dataDir, true);
    }

    /** As {@link #persistent}, with the fast settings of tests: for a test that stops and restarts the server. */
    public static EmbeddedPostgres restartable(int port, Path dataDir) throws IOException {
        return start(port, dataDir, false);
    }

    private static EmbeddedPostgres start(int port, Path dataDir, boolean durable) throws IOException {
        stopOrphan(dataDir);
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // the launcher stops it after the services (zonky's own hook would stop it under them)
                .setRegisterShutdownHook(!durable);
        if (durable) {
            builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return new EmbeddedPostgres(builder.start());
    }

    /** The value of a server setting, e.g. {@code synchronous_commit}. */
    public String setting(String name) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                var show = c.prepareStatement("select current_setting(?)")) {
            show.setString(1, name);
            try (var rs = show.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Server URL without a database: services append {@code /careline_<service>}. */
    public String serverUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort();
    }

    /** Creates each database that does not exist yet. */
    public static void createDatabases(String serverUrl, String user, String password, Collection<String> names)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + "/postgres", user, password)) {
            for (String name : names) {
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("bad database name " + name);
                }
                try (var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    check.setString(1, name);
                    if (check.executeQuery().next()) {
                        continue;
                    }
                }
                try (var create = c.createStatement()) {
                    create.execute("create database " + name);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /**
     * pg_ctl detaches the postmaster, so a launcher killed with SIGKILL leaves it running, and the next
     * start on the same port would "succeed" against the orphan. Stop it first (SIGINT = fast shutdown).
     */
    static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        var orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        System.err.println("Stopping orphaned postgres pid " + pid);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("could not stop orphaned postgres " + pid, e);
        }
    }
}
