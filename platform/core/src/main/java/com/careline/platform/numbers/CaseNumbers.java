package com.careline.platform.numbers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The sequence part of a case number (000: {@code HLSZB2003****}), from a PostgreSQL sequence, fetched in
 * blocks ({@link NumbersConfig#blockSize()}) so that a new case does not pay a round trip for it. Numbers are
 * unique, never reused, and increase per instance; a number taken by a transaction that rolls back is not
 * given again (as with {@code nextval} itself). Read by plain JDBC, so it never makes Hibernate flush.
 */
@ApplicationScoped
public class CaseNumbers {

    private static final Pattern SEQUENCE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EntityManager em;
    private final NumbersConfig config;
    private final Map<String, Deque<Long>> unused = new ConcurrentHashMap<>();

    CaseNumbers(EntityManager em, NumbersConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The next number of {@code sequence} (a sequence of this service's database). */
    public long next(String sequence) {
        if (!SEQUENCE.matcher(sequence).matches()) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        Deque<Long> block = unused.computeIfAbsent(sequence, s -> new ArrayDeque<>());
        synchronized (block) {
            if (block.isEmpty()) {
                fill(block, sequence);
            }
            return block.removeFirst();
        }
    }

    private void fill(Deque<Long> block, String sequence) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement next = c.prepareStatement(
                    "select nextval('" + sequence + "') from generate_series(1, ?) order by 1")) {
                next.setInt(1, config.blockSize());
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        block.addLast(rs.getLong(1));
                    }
                }
            }
        });
    }
}
