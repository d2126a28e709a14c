package com.careline.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.careline.devinfra.ServiceProcess;
import com.careline.platform.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The monthly complaint analysis (客户投诉分析月报) over a year of complaints, 1 M in all, read back as a
 * customer-service manager of headquarters would for the busiest month. reporting-service's read models are
 * filled by SQL as its ComplaintProjection would have built them from complaint.registered: one
 * complaint_fact row per complaint, complaint_monthly as their count per (month, branch, channel, category).
 * The year ends two months before this one, so the events other scenarios leave on the topics (this month's
 * complaints) never touch the months measured.
 */
final class MonthlyAnalysis implements Scenario {

    /** Branch codes as in the tokens' branch claim; the first are the big hubs and get the most complaints. */
    static final List<String> BRANCHES = List.of("SZ", "GZ", "SH", "BJ", "HZ", "DG", "FS", "SU", "NJ", "WH",
            "CD", "CQ", "XA", "TJ", "QD", "XM", "FZ", "NB", "WX", "CS", "ZZ", "JN", "HF", "NC", "KM", "NN", "GY",
            "SY", "DL", "CC", "HE", "SJ", "TY", "LZ", "XN", "YC", "UR", "LS", "HK", "SA");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Relative volume by calendar month: Singles' Day (Nov) and year-end peaks, Spring Festival (Feb) lull. */
    private static final double[] SEASON = {1.1, 0.6, 0.9, 0.9, 1.0, 1.1, 0.9, 0.9, 1.0, 1.0, 1.6, 1.3};
    private static final double GOAL_MS = 200;
    private static final String PATH = "/api/reports/complaints/monthly?month=";

    @Override
    public String name() {
        return "monthly";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        int total = harness.size(1_000_000, 100_000);
        ServiceProcess reporting = harness.service("reporting-service"); // its Flyway run creates the tables
        YearMonth last = YearMonth.now(ZONE).minusMonths(2);
        YearMonth first = last.minusMonths(11);
        long[] counts = perMonth(first, total);
        int top = 0;
        for (int m = 1; m < 12; m++) {
            top = counts[m] > counts[top] ? m : top;
        }
        YearMonth busiest = first.plusMonths(top);
        long expected = counts[top];
        try (Connection db = harness.database("careline_reporting")) {
            long start = System.nanoTime();
            fill(db, first, counts);
            System.out.printf("  %,d complaints filled in %.1f s%n", total, (System.nanoTime() - start) / 1e9);
            long majors = count(db, "select count(*) from complaint_fact where month = ? and major", busiest);
            // the topics' backlog (other scenarios' events) is read before timing, not during it
            EventEffects.awaitConsumed(harness, "reporting-service", Topics.DOMAIN, Duration.ofMinutes(5));

            String token = harness.token("CS_MANAGER", "HQ");
            HttpResponse<String> once = harness.send(harness.request(reporting, PATH + busiest, token).build());
            JsonNode body = once.statusCode() == 200 ? new ObjectMapper().readTree(once.body()) : null;
            boolean right = body != null && body.path("total").asLong() == expected
                    && body.path("major").asLong() == majors;
            report.add(name(), "answer for " + busiest + ": total / major", body == null ? "HTTP " + once.statusCode()
                    : String.format(Locale.ROOT, "%,d / %,d (%d branches, %d repeat customers, %d majors listed)",
                            body.path("total").asLong(), body.path("major").asLong(), body.path("byBranch").size(),
                            body.path("repeatCustomers").size(), body.path("majorComplaints").size()),
                    String.format(Locale.ROOT, "inserted %,d / %,d", expected, majors), "equal", right);
            String month = String.format(Locale.ROOT, "%,d complaints in %s, %,d in all", expected, busiest, total);
            time(harness, report, reporting, token, busiest, month, "application/json", right, 5, 50);
            time(harness, report, reporting, token, busiest, month, "text/csv", right, 2, 20);
            time(harness, report, reporting, token, busiest, month, "image/svg+xml", right, 2, 20);
            report.add(name(), "repeat-customer query EXPLAIN ANALYZE, " + busiest, explainRepeat(db, busiest));
        }
    }

    /** {@code total} complaints over the 12 months from {@code first}, by the seasonal weights. */
    private static long[] perMonth(YearMonth first, int total) {
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            sum += SEASON[first.plusMonths(m).getMonthValue() - 1];
        }
        long[] counts = new long[12];
        long given = 0;
        for (int m = 0; m < 11; m++) {
            counts[m] = Math.round(total * SEASON[first.plusMonths(m).getMonthValue() - 1] / sum);
            given += counts[m];
        }
        counts[11] = total - given;
        return counts;
    }

    /** Replaces the year's rows of complaint_fact and of the counts the projection keeps from it. */
    private static void fill(Connection db, YearMonth first, long[] counts) throws Exception {
        LocalDate from = first.atDay(1);
        LocalDate to = first.plusMonths(11).atDay(1);
        LocalDate end = first.plusMonths(11).atEndOfMonth();
        exec(db, "delete from complaint_fact where month between ? and ?", from, to);
        exec(db, "delete from complaint_monthly where month between ? and ?", from, to);
        exec(db, "delete from complaint_registrations where day between ? and ?", from, end);
        exec(db, "delete from complaint_customer_monthly where month between ? and ?", from, to);
        exec(db, "select setseed(0.42)"); // the same year on every run
        String branches = "array['" + String.join("','", BRANCHES) + "']";
        for (int m = 0; m < 12; m++) {
            YearMonth month = first.plusMonths(m);
            long pool = Math.max(1, Math.round(counts[m] * 0.15 / 2.5)); // ~2.5 complaints per repeat customer
            try (PreparedStatement insert = db.prepareStatement("""
                    with r as (
                        select g, random() ub, random() uch, random() ucat, random() < 0.03 major, random() urep,
                               random() uck, random() uat, random() uack, random() ures, random() utr
                        from generate_series(1, ?) g),
                    x as (
                        select r.*, (%s)[1 + floor(%d * ub * ub)::int] branch,
                               case when uch < .45 then 'PHONE' when uch < .65 then 'WEB' when uch < .80 then 'LIS'
                                    when uch < .90 then 'EMAIL' when uch < .95 then 'LETTER' else 'VISIT' end channel,
                               case when ucat < .35 then 'DELAY' when ucat < .55 then 'DAMAGE'
                                    when ucat < .65 then 'LOSS' when ucat < .73 then 'SHORTAGE'
                                    when ucat < .80 then 'WRONG_GOODS' when ucat < .90 then 'ATTITUDE'
                                    when ucat < .96 then 'BILLING' else 'OTHER' end category,
                               case when urep < 0.15 then 'C' || (90000000 + floor(uck * ?))::bigint
                                    when uck < 0.6 then 'C' || (10000000 + ? + g)
                                    else 'tel:' || substr(md5(? || '-' || g), 1, 24) end customer_key,
                               (?::timestamp + uat * ? * interval '1 second') at time zone 'Asia/Shanghai' received_at
                        from r)
                    insert into complaint_fact (complaint_id, number, branch, channel, category, major, customer_key,
                        received_at, month, acknowledged_at, resolved_at, closed_at, transferred, reopened,
                        escalation_level)
                    select gen_random_uuid(), branch || ? || lpad(g::text, 6, '0'), branch, channel, category, major,
                           customer_key, received_at, ?::date, received_at + uack * interval '2 hours',
                           case when ures < .95 then received_at + ures * interval '7 days' end,
                           case when ures < .85 then received_at + ures * interval '7 days' + interval '6 days' end,
                           utr < .3, case when utr > .97 then 1 else 0 end, case when uack > .9 then 1 else 0 end
                    from x""".formatted(branches, BRANCHES.size()))) {
                int p = 1;
                insert.setLong(p++, counts[m]);
                insert.setLong(p++, pool);
                insert.setLong(p++, m * 2_000_000L);
                insert.setString(p++, month.toString());
                insert.setString(p++, month.atDay(1) + " 00:00");
                insert.setLong(p++, month.lengthOfMonth() * 86_400L);
                insert.setString(p++, "%04d%02d".formatted(month.getYear(), month.getMonthValue()));
                insert.setObject(p, month.atDay(1));
                insert.executeUpdate();
            }
        }
        // what ComplaintProjection.registered adds up, one event at a time
        exec(db, """
                insert into complaint_monthly (month, branch, channel, category, registered, major)
                select month, branch, channel, category, count(*), count(*) filter (where major)
                from complaint_fact where month between ? and ? group by 1, 2, 3, 4""", from, to);
        exec(db, """
                insert into complaint_registrations (branch, day, registered)
                select branch, (received_at at time zone 'Asia/Shanghai')::date, count(*)
                from complaint_fact where month between ? and ? group by 1, 2""", from, to);
        exec(db, """
                insert into complaint_customer_monthly (month, branch, customer_key, complaints)
                select month, branch, customer_key, count(*) from complaint_fact
                where month between ? and ? and customer_key is not null group by 1, 2, 3
                union all
                select month, '*', customer_key, count(*) from complaint_fact
                where month between ? and ? and customer_key is not null group by 1, 3""", from, to, from, to);
        exec(db, "analyze complaint_fact");
        exec(db, "analyze complaint_monthly");
        exec(db, "analyze complaint_customer_monthly");
    }

    private static void exec(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private void time(Harness harness, Report report, ServiceProcess reporting, String token, YearMonth month,
            String size, String accept, boolean right, int warmUps, int runs) throws Exception {
        HttpRequest request = harness.request(reporting, PATH + month, token).setHeader("Accept", accept).build();
        Latency latency = new Latency();
        for (int i = 0; i < warmUps + runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = harness.send(request);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(accept + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= warmUps) {
                latency.recordSince(start);
            }
        }
        double p99 = latency.millis(99);
        report.add(name(), String.format(Locale.ROOT, "%s p50/p99/max, %d calls", accept, runs),
                String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", latency.millis(50), p99, latency.millis(100)),
                size, "p99 ≤ " + (int) GOAL_MS + " ms, right answer", right && p99 <= GOAL_MS);
    }

    /** The repeat-customer statement of MonthlyAnalyst, once its heaviest (it grouped a month of facts). */
    private static String explainRepeat(Connection db, YearMonth month) throws Exception {
        try (PreparedStatement explain = db.prepareStatement("""
                explain (analyze, buffers) select customer_key, complaints from complaint_customer_monthly
                where month = ? and branch = coalesce(cast(? as text), '*') and complaints > 1
                order by complaints desc, customer_key limit 50""")) {
            explain.setObject(1, month.atDay(1));
            explain.setString(2, null);
            return Plans.summary(explain);
        }
    }

    private static long count(Connection db, String sql, YearMonth month) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, month.atDay(1));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
