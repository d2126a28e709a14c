package com.careline.platform.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.postgresql.util.PSQLException;

/**
 * What a database failure says about itself, read from the whole chain behind it (causes, and exceptions
 * suppressed on the way such as a failed rollback's): where a failure surfaces depends on the moment it
 * happened (query, commit, rollback), hence the search. The REST mappers and the event consumers both
 * decide by it, so "the database is away" means the same everywhere.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * The database is away: a connection refused, broken or closed (SQLState class 08), a server shutting
     * down, restarting or failing over (57P), or the pool giving up waiting for a connection.
     */
    public static boolean unreachable(Throwable e) {
        return anyInChain(e, t -> t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof ConnectException || t instanceof SQLException sql && unreachable(sql));
    }

    /**
     * Another transaction got in the way and the same work will succeed when tried again: a serialisation
     * failure (40001), a deadlock (40P01), a lock not available or a statement cancelled by a timeout
     * (55P03, 57014), an optimistic-lock conflict.
     */
    public static boolean conflict(Throwable e) {
        return anyInChain(e, t -> t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && List.of("40001", "40P01", "55P03", "57014").contains(sql.getSQLState()));
    }

    /**
     * The name of the unique key (SQLState 23505) this failure ran into: two requests wrote the same key at the
     * same time (two calls recorded on one revisit, one payment reference on two claims); empty if it did not.
     */
    public static Optional<String> uniqueKey(Throwable e) {
        return firstInChain(e, t -> t instanceof SQLException sql && "23505".equals(sql.getSQLState()))
                .map(t -> t instanceof PSQLException p && p.getServerErrorMessage() != null
                        && p.getServerErrorMessage().getConstraint() != null ? p.getServerErrorMessage().getConstraint()
                        : "a unique key");
    }

    /** Either of the above: the failure says nothing about the work itself, which must simply be tried again. */
    public static boolean transientFailure(Throwable e) {
        return unreachable(e) || conflict(e);
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        // Agroal's "Sorry, acquisition timeout!": no SQLState, only the words
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    private static boolean anyInChain(Throwable e, Predicate<Throwable> test) {
        return firstInChain(e, test).isPresent();
    }

    private static Optional<Throwable> firstInChain(Throwable e, Predicate<Throwable> test) {
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty() && seen.size() < 50) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return Optional.of(t);
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            pending.addAll(Arrays.asList(t.getSuppressed()));
        }
        return Optional.empty();
    }
}
