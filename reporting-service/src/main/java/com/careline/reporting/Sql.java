package com.careline.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import com.careline.platform.batch.Rows;
import org.hibernate.Session;

/**
 * Statements of the desk and the case search, on the transaction's JDBC connection: parameters typed as
 * PostgreSQL wants them (instants as timestamptz, string arrays as text[], nulls left to the column), rows mapped
 * by hand, each statement planned for the values it is given ({@link Rows#planEachTime}): their optional filters
 * and arrays change the best plan, which a generic plan cached after five runs would not follow.
 */
public final class Sql {

    private Sql() {
    }

    public static <T> List<T> query(EntityManager em, Rows.Reader<T> row, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        });
    }

    public static long count(EntityManager em, String sql, Object... params) {
        return query(em, rs -> rs.getLong(1), sql, params).get(0);
    }

    public static int execute(EntityManager em, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = prepare(c, sql, params)) {
                return s.executeUpdate();
            }
        });
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = Rows.planEachTime(c.prepareStatement(sql));
        for (int p = 0; p < params.length; p++) {
            Object v = params[p];
            if (v == null) {
                s.setNull(p + 1, Types.OTHER);
            } else if (v instanceof Instant t) {
                s.setObject(p + 1, t.atOffset(ZoneOffset.UTC));
            } else if (v instanceof String[] a) {
                s.setArray(p + 1, c.createArrayOf("text", a));
            } else {
                s.setObject(p + 1, v);
            }
        }
        return s;
    }
}
