package com.careline.reporting.complaints;

import java.util.List;
import java.util.Locale;

import com.careline.reporting.complaints.MonthlyAnalysis.Share;

/** The monthly analysis as one CSV table: section, key, count, share, cumulative share. */
final class MonthlyCsv {

    private MonthlyCsv() {
    }

    static String render(MonthlyAnalysis a) {
        StringBuilder csv = new StringBuilder("section,key,count,share,cumulative_share\n");
        row(csv, "total", a.month().toString(), a.total(), "", "");
        row(csv, "major", a.month().toString(), a.major(), "", "");
        shares(csv, "cause", a.byCause());
        shares(csv, "branch", a.byBranch());
        shares(csv, "channel", a.byChannel());
        a.trend().forEach(t -> row(csv, "trend", t.month().toString(), t.count(), "", ""));
        a.repeatCustomers().forEach(r -> row(csv, "repeat_customer", r.customerKey(), r.complaints(), "", ""));
        a.majorComplaints().forEach(m -> row(csv, "major_complaint", m.number(), 1, "", ""));
        return csv.toString();
    }

    private static void shares(StringBuilder csv, String section, List<Share> shares) {
        shares.forEach(s -> row(csv, section, s.key(), s.count(), percent(s.share()), percent(s.cumulativeShare())));
    }

    private static void row(StringBuilder csv, String section, String key, long count, String share, String cumulative) {
        csv.append(section).append(',').append(escape(key)).append(',').append(count).append(',').append(share)
                .append(',').append(cumulative).append('\n');
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.4f", share);
    }

    /**
     * A cell as RFC 4180 quotes it; a value that a spreadsheet would run as a formula (it starts with =, +, -,
     * @, a tab or a carriage return: a customer key, a branch or a number typed by someone) is prefixed with
     * an apostrophe, as OWASP's advice on CSV injection has it, so that it shows as text.
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches("[^,\"\\n\\r]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
