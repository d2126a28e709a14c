package com.careline.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import com.careline.devinfra.ServiceProcess;
import com.careline.platform.privacy.PhoneKeys;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The agent's desk (#19) over 1 M cases of every kind, as the desk calls it. The search: by phone (as its keyed
 * hash), waybill, customer number (with the customer's phones and merged duplicates), case number, the last
 * four digits with a name, and a customer's history. The work inbox: a supervisor's open items, their branch's
 * done ones, an agent's own. reporting-service's tables are filled by SQL as its consumers would have from the
 * events: ~2 cases per phone, 2 per waybill, 60 % of them with a customer number (3 cases per customer), one
 * customer in ten merged into another; 2 work items per case (an escalation rung to a role of the case's
 * branch, or the case owned by an agent), 3 % of them open.
 */
final class DeskSearch implements Scenario {

    private static final double GOAL_MS = 50;
    private static final String KEY = "careline-bench-phone-key-0123456789";
    private static final List<String> NAMES = List.of("王先生", "李女士", "张先生", "刘女士", "陈先生", "杨女士",
            "黄先生", "赵女士", "吴先生", "周女士");
    private static final int CALLS = 300;
    private static final int WARM_UPS = 30;

    @Override
    public String name() {
        return "desk";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        int total = harness.size(1_000_000, 100_000);
        int phones = total / 2;
        int customers = total / 5;
        ServiceProcess reporting = harness.service("reporting-service", Map.of("careline.privacy.phone-key", KEY));
        PhoneKeys keys = new PhoneKeys(KEY);
        Random random = new Random(42);
        int[] sample = random.ints(CALLS + WARM_UPS, 0, phones).toArray();
        try (Connection db = harness.database("careline_reporting")) {
            long start = System.nanoTime();
            fill(db, total, phones, customers, keys, sample);
            System.out.printf("  %,d cases filled in %.1f s%n", total, (System.nanoTime() - start) / 1e9);
        }
        String agent = harness.token("AGENT", "SZ");
        String hq = harness.token("AGENT", "HQ");
        String size = String.format(Locale.ROOT, "%,d cases", total);
        time(harness, report, reporting, hq, "by phone, headquarters", size,
                i -> "/api/search/cases?phone=" + phone(sample[i]));
        time(harness, report, reporting, agent, "by phone, a branch's agent", size,
                i -> "/api/search/cases?phone=" + phone(sample[i]));
        time(harness, report, reporting, hq, "by waybill", size,
                i -> "/api/search/cases?waybill=BW" + (sample[i] % (total / 2)));
        time(harness, report, reporting, hq, "by customer number", size,
                i -> "/api/search/cases?customer=BC" + (sample[i] % customers));
        time(harness, report, reporting, hq, "by case number", size,
                i -> "/api/search/cases?number=BN" + sample[i]);
        time(harness, report, reporting, hq, "by last four digits and name", size,
                i -> "/api/search/cases?phoneTail=" + phone(sample[i]).substring(7) + "&name="
                        + URLEncoder.encode(NAMES.get(sample[i] % NAMES.size()), StandardCharsets.UTF_8));
        time(harness, report, reporting, hq, "a customer's history", size,
                i -> "/api/search/customers/BC" + (sample[i] % customers));
        String supervisor = harness.token("SUPERVISOR", "SZ");
        time(harness, report, reporting, supervisor, "inbox: a supervisor's open items", size,
                i -> "/api/desk/inbox?page=" + (i % 3));
        time(harness, report, reporting, supervisor, "inbox: their branch's done items", size,
                i -> "/api/desk/inbox?status=DONE&page=" + (i % 10));
        time(harness, report, reporting, supervisor, "inbox: their branch's done escalations", size,
                i -> "/api/desk/inbox?status=DONE&kind=ESCALATION&page=" + (i % 10));
        time(harness, report, reporting, harness.token("AGENT", "SZ"), "inbox: an agent's own", size,
                i -> "/api/desk/inbox");
    }

    /** Phone {@code i}: a mobile number, one normal form. */
    private static String phone(int i) {
        return "139" + String.format(Locale.ROOT, "%08d", i);
    }

    private static void fill(Connection db, int total, int phones, int customers, PhoneKeys keys, int[] sample)
            throws Exception {
        exec(db, "delete from case_index where case_id like 'bench-%'");
        exec(db, "delete from search_customer_phone where customer_number like 'BC%'");
        exec(db, "delete from search_customer where number like 'BC%'");
        String names = "array['" + String.join("','", NAMES) + "']";
        String branches = "array['" + String.join("','", MonthlyAnalysis.BRANCHES) + "']";
        // case g: phone g % phones (a stand-in hash, the sampled phones get their real one below), waybill
        // g % (total / 2), customer g % customers for 60 % of the cases, name by phone, newest first by g
        exec(db, """
                insert into case_index (case_id, kind, number, status, ended, branch, waybill_no, customer_number,
                    customer_name, phone_key, phone_tail, opened_at, updated_at)
                select 'bench-' || g, (array['COMPLAINT','INQUIRY','CLAIM','REVISIT'])[1 + g %% 4], 'BN' || g,
                       'REGISTERED', g %% 3 = 0, (%s)[1 + floor(%d * power(random(), 2))::int], 'BW' || (g %% ?),
                       case when g %% 5 < 3 then 'BC' || (g %% ?) end, (%s)[1 + (g %% ?) %% %d],
                       'tel:' || substr(md5('bench-phone-' || (g %% ?)), 1, 24), lpad(((g %% ?) %% 10000)::text, 4, '0'),
                       now() - g * interval '1 minute', now() - g * interval '1 minute'
                from generate_series(0, ? - 1) g""".formatted(branches, MonthlyAnalysis.BRANCHES.size(), names,
                NAMES.size()), total / 2, customers, phones, phones, phones, total);
        exec(db, """
                insert into search_customer (customer_id, number, name, branch, merged_into)
                select gen_random_uuid(), 'BC' || c, 'customer ' || c, 'SZ',
                       case when c % 10 = 9 then 'BC' || (c - 1) end
                from generate_series(0, ? - 1) c""", customers);
        exec(db, """
                insert into search_customer_phone (phone_key, customer_number)
                select 'tel:' || substr(md5('bench-phone-' || c), 1, 24), 'BC' || c from generate_series(0, ? - 1) c""",
                customers);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (PreparedStatement rekey = db.prepareStatement(
                "update case_index set phone_key = ? where phone_key = ? and case_id like 'bench-%'");
                PreparedStatement rekeyCustomer = db.prepareStatement(
                        "update search_customer_phone set phone_key = ? where phone_key = ?")) {
            for (int p : sample) {
                String stand = "tel:" + HexFormat.of().formatHex(md5.digest(("bench-phone-" + p)
                        .getBytes(StandardCharsets.UTF_8))).substring(0, 24);
                String real = keys.of(phone(p)).orElseThrow();
                for (PreparedStatement s : List.of(rekey, rekeyCustomer)) {
                    s.setString(1, real);
                    s.setString(2, stand);
                    s.addBatch();
                }
            }
            rekey.executeBatch();
            rekeyCustomer.executeBatch();
        }
        // the bench agent ("bench-agent", as Harness names a role's user) owns one case in a thousand
        exec(db, "delete from desk_item where item_key like 'bench-%'");
        exec(db, """
                insert into desk_item (id, item_key, kind, case_kind, case_id, case_number, branch, address_role,
                    address_branch, owner, clock_id, clock_kind, level, due_at, raised_at, status, done_at)
                select gen_random_uuid(), 'bench-' || g, case when g %% 2 = 0 then 'ESCALATION' else 'OWNED_CASE' end,
                       'COMPLAINT', 'bench-' || (g / 2), 'BN' || (g / 2), branch,
                       case when g %% 2 = 0 then (array['SUPERVISOR','CS_MANAGER','AGENT'])[1 + g %% 3] end,
                       case when g %% 2 = 0 then branch end,
                       case when g %% 2 = 1 then case when g %% 2000 = 1 then 'bench-agent' else 'agent.' || g %% 997 end end,
                       case when g %% 2 = 0 then gen_random_uuid() end,
                       case when g %% 2 = 0 then 'complaint-first-response' end, case when g %% 2 = 0 then 1 end,
                       now() - g * interval '30 seconds', now() - g * interval '30 seconds',
                       case when g %% 33 = 0 then 'OPEN' else 'DONE' end, case when g %% 33 <> 0 then now() end
                from (select g, (%s)[1 + floor(%d * power(random(), 2))::int] branch
                      from generate_series(0, 2 * ? - 1) g) x""".formatted(branches,
                MonthlyAnalysis.BRANCHES.size()), total);
        // vacuumed as autovacuum keeps a live table, so that its index-only scans need no heap visits and no
        // autovacuum of the freshly filled tables runs beside the calls being timed
        for (String table : List.of("desk_item", "case_index", "search_customer", "search_customer_phone")) {
            exec(db, "vacuum (analyze) " + table);
        }
    }

    private void time(Harness harness, Report report, ServiceProcess reporting, String token, String what,
            String size, IntFunction<String> path) throws Exception {
        Latency latency = new Latency();
        long hits = 0;
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < WARM_UPS + CALLS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = harness.send(harness.request(reporting, path.apply(i), token).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= WARM_UPS) {
                latency.recordSince(start);
                var body = json.readTree(response.body());
                hits += (body.has("cases") ? body.path("cases") : body).path("total").asLong();
            }
        }
        double p99 = latency.millis(99);
        report.add(name(), String.format(Locale.ROOT, "%s: p50/p99/max, %d calls (%.1f found a call)", what, CALLS,
                        hits / (double) CALLS),
                String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", latency.millis(50), p99, latency.millis(100)),
                size, "p99 ≤ " + (int) GOAL_MS + " ms", p99 <= GOAL_MS);
    }

    private static void exec(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }
}
