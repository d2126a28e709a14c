package com.careline.platform.batch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.postgresql.PGStatement;

/**
 * The rows of one multi-row statement, bound column by column as arrays: the statement has one {@code ?}
 * per column, in order, each cast to the column's array type ({@code ?::uuid[]}, {@code ?::timestamptz[]}
 * ...) and read with {@code unnest}. Values travel as text (PostgreSQL's input form: {@link
 * java.time.Instant#toString()}, {@link java.time.LocalDate#toString()}, a plain {@link BigDecimal}); null
 * stays null. Each column is a {@code String[]}, which the driver sends as a binary {@code text[]}: an
 * {@code Object[]} would go as an array literal, every element quoted and escaped by the driver and parsed
 * again by the server (a JSON payload is mostly quotes). Runs on the connection of the current transaction.
 */
public final class Rows {

    private final int width;
    private final List<Object[]> rows = new ArrayList<>();

    public Rows(int width) {
        this.width = width;
    }

    public Rows add(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException("a row of " + width + " columns, not " + values.length);
        }
        rows.add(values);
        return this;
    }

    /** Adds a row per value: for a statement of one column, e.g. {@code where id = any(?::uuid[])}. */
    public Rows addAll(Iterable<?> values) {
        for (Object value : values) {
            add(value);
        }
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Runs {@code sql} over the rows; returns the rows it changed. Nothing is run without rows. */
    public int execute(EntityManager em, String sql) {
        if (rows.isEmpty()) {
            return 0;
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement statement = prepare(c, sql)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs {@code sql} (a select of one column, or ending with {@code returning} one) over the rows. */
    public <T> List<T> returning(EntityManager em, String sql, Class<T> type) {
        return query(em, sql, rs -> rs.getObject(1, type));
    }

    /** Runs {@code sql} (a select, or ending with {@code returning}) over the rows; reads each row it gives. */
    public <T> List<T> query(EntityManager em, String sql, Reader<T> reader) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement statement = prepare(c, sql); ResultSet rs = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(reader.read(rs));
                }
                return result;
            }
        });
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Makes PostgreSQL plan {@code statement} at each execution, for the array it is given then. A statement
     * run often is otherwise prepared on the server after five runs, and from then on PostgreSQL may keep one
     * generic plan chosen while the table was small (a sequential scan): a consumer that starts on an empty
     * table then scans the whole of it for every batch until autovacuum next analyses it. Measured on
     * revisit-service's lookup of a batch's revisits: 436 ms a batch at 3,000 events/s with the cached plan.
     * Planning a statement of one array costs a fraction of a millisecond.
     */
    public static PreparedStatement planEachTime(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement statement = planEachTime(c.prepareStatement(sql));
        try {
            for (int column = 0; column < width; column++) {
                String[] values = new String[rows.size()];
                for (int row = 0; row < values.length; row++) {
                    values[row] = text(rows.get(row)[column]);
                }
                statement.setArray(column + 1, c.createArrayOf("text", values));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
