package com.careline.reporting.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * A pod's hold on a rebuild run: a database session of its own that keeps the run's advisory lock for as
 * long as the pod fills the run. A pod that dies takes its session along, so another pod (or the same one,
 * restarted) takes the run up where its consumer group stands. The session also reports progress and
 * pauses the live projections for the swap ({@link SwapLock}).
 */
final class Claim implements AutoCloseable {

    /** One filler at a time, on every pod. */
    static final long KEY = 0x4341_5245_5255_4E00L; // "CARERUN\0"
    /** What the session is called in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "careline-rebuild";

    private final Connection session;
    private final UUID run;

    private Claim(Connection session, UUID run) {
        this.session = session;
        this.run = run;
    }

    /** Takes {@code run} unless another pod fills it. */
    static Optional<Claim> take(DataSource dataSource, UUID run) throws SQLException {
        Connection session = dataSource.getConnection();
        try {
            session.setAutoCommit(true);
            try (Statement s = session.createStatement()) {
                s.execute("set application_name = '" + APPLICATION_NAME + "'");
            }
            if (bool(session, "select pg_try_advisory_lock(" + KEY + ")")) {
                return Optional.of(new Claim(session, run));
            }
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
        session.close();
        return Optional.empty();
    }

    UUID run() {
        return run;
    }

    /** Records progress; false once the run is no longer running (ops cancelled it). Throws once the session is gone. */
    boolean progress(String worker, Long lag, Instant now) throws SQLException {
        try (PreparedStatement s = session.prepareStatement(
                "update rebuild_run set worker = ?, lag = ?, progress_at = ? where id = ? and status = 'RUNNING'")) {
            s.setString(1, worker);
            s.setObject(2, lag);
            s.setTimestamp(3, Timestamp.from(now));
            s.setObject(4, run);
            return s.executeUpdate() == 1;
        }
    }

    /** Waits, {@code wait} at most, until no live projection is in a transaction, and keeps new ones waiting. */
    boolean pauseLive(Duration wait) throws SQLException {
        try (Statement s = session.createStatement()) {
            s.execute("set lock_timeout = " + Math.max(1, wait.toMillis()));
            try {
                s.execute("select pg_advisory_lock(" + SwapLock.KEY + ")");
                return true;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) { // lock_not_available: a live batch is taking long
                    return false;
                }
                throw e;
            } finally {
                s.execute("set lock_timeout = 0");
            }
        }
    }

    void resumeLive() throws SQLException {
        bool(session, "select pg_advisory_unlock(" + SwapLock.KEY + ")");
    }

    /** Releases the run (and the swap lock, if held): the session goes back to the pool without them. */
    @Override
    public void close() {
        try (session; Statement s = session.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
            s.execute("reset application_name");
        } catch (SQLException e) {
            // the session is gone, and its locks with it
        }
    }

    private static boolean bool(Connection session, String sql) throws SQLException {
        try (Statement s = session.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
