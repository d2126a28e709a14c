package com.careline.platform.numbers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.calendar.BusinessCalendar;
import org.hibernate.Session;

/**
 * The readable numbers of every kind of case, one scheme (000: {@code HLSZB2003****}, the branch, then the
 * year, then a sequence): branch, the kind's code, year and month of receipt in the business calendar's zone,
 * then six digits or more of a PostgreSQL sequence ({@code SZ202611000042} a complaint, {@code SZCL202611000042}
 * a claim, {@code SZQ202611000042} an inquiry, {@code SZC202611000042} a customer).
 *
 * <p>The sequence is fetched in blocks ({@link NumbersConfig#blockSize()}) so that a new case does not pay a
 * round trip for it. Numbers are unique, never reused, and increase per instance; a number taken by a
 * transaction that rolls back is not given again (as with {@code nextval} itself). Read by plain JDBC, so it
 * never makes Hibernate flush.
 */
@ApplicationScoped
public class CaseNumbers {

    /** The kinds of case that have a number, their code in it and their database's sequence. */
    public enum Kind {
        /** No code: 000's complaint numbers are the branch and the date. */
        COMPLAINT("", "complaint_number_seq"),
        CLAIM("CL", "claim_number_seq"),
        INQUIRY("Q", "inquiry_number_seq"),
        /** Not a case, but numbered the same way: the customer record (001 客户信息采集). */
        CUSTOMER("C", "customer_number_seq");

        private final String code;
        private final String sequence;

        Kind(String code, String sequence) {
            this.code = code;
            this.sequence = sequence;
        }

        public String sequence() {
            return sequence;
        }
    }

    private static final Pattern SEQUENCE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EntityManager em;
    private final NumbersConfig config;
    private final ZoneId zone;
    private final Map<String, Deque<Long>> unused = new ConcurrentHashMap<>();

    CaseNumbers(EntityManager em, NumbersConfig config, BusinessCalendar calendar) {
        this.em = em;
        this.config = config;
        this.zone = calendar.zone();
    }

    /** The number of a new case of {@code kind} received at {@code branch} at {@code receivedAt}. */
    public String next(Kind kind, String branch, Instant receivedAt) {
        return format(kind, branch, YearMonth.from(receivedAt.atZone(zone)), next(kind.sequence()));
    }

    /**
     * A sequence beyond six digits widens the number rather than repeat one. Built by hand, not with a format
     * string: a batch of new work orders spent 1.4 % of inquiry-service's samples parsing the same pattern.
     */
    public static String format(Kind kind, String branch, YearMonth month, long sequence) {
        StringBuilder number = new StringBuilder(branch.length() + kind.code.length() + 12).append(branch)
                .append(kind.code);
        padded(number, month.getYear(), 4);
        padded(number, month.getMonthValue(), 2);
        padded(number, sequence, 6);
        return number.toString();
    }

    private static void padded(StringBuilder to, long value, int width) {
        String digits = Long.toString(value);
        to.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    /** The next number of {@code sequence} (a sequence of this service's database). */
    long next(String sequence) {
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
