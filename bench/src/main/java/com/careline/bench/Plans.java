package com.careline.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads an {@code EXPLAIN (ANALYZE, BUFFERS)} into one line: execution time, first scan, its buffers. */
final class Plans {

    private Plans() {
    }

    static String summary(PreparedStatement explain) throws SQLException {
        String scan = "?";
        String time = "?";
        String buffers = "";
        try (ResultSet rs = explain.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1).trim();
                if (scan.equals("?") && line.contains("Scan")) {
                    scan = line.replaceFirst("^->\\s*", "").replaceFirst("\\s*\\(cost.*", "");
                } else if (buffers.isEmpty() && line.startsWith("Buffers:")) {
                    buffers = ", " + line.substring("Buffers: ".length());
                } else if (line.startsWith("Execution Time:")) {
                    time = line.substring("Execution Time:".length()).trim();
                }
            }
        }
        return time + ", " + scan + buffers;
    }
}
