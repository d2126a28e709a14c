package com.careline.platform.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.transaction.RollbackException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Where a lost database surfaces depends on the moment it went; each of these must answer 503, not 500. */
class DatabaseUnreachableTest {

    @Test
    void closedConnectionBehindAFailedRollbackIsUnreachable() {
        var closed = new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST);
        assertTrue(ProblemMappers.databaseUnreachable(
                new IllegalStateException("commit failed", new TransactionException("Unable to rollback", closed))));
    }

    @Test
    void connectionErrorSuppressedOnTheWayIsUnreachable() {
        var rollback = new RollbackException("transaction rolled back");
        rollback.addSuppressed(new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException(rollback)));
    }

    @Test
    void serverShuttingDownAndPoolTimeoutAndRefusedSocketAreUnreachable() {
        assertTrue(ProblemMappers.databaseUnreachable(
                new SQLException("FATAL: the database system is shutting down", "57P03")));
        assertTrue(ProblemMappers.databaseUnreachable(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException(new ConnectException("refused"))));
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNot() {
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.databaseUnreachable(new SQLException("syntax error")));
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException("a bug")));
    }
}
