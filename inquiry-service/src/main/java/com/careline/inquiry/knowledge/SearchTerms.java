package com.careline.inquiry.knowledge;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Pure: how article text and queries are normalised for search. PostgreSQL's text search does not segment
 * Chinese, so a query is split on white space only and every term must occur as a substring (ILIKE), which
 * works for Chinese ("禁寄") and English alike; full-width letters and digits are folded (NFKC) and case is
 * ignored. A trigram GIN index (pg_trgm) serves the substring match.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The distinct terms of {@code query}, at most eight. */
    public static List<String> terms(String query) {
        return Arrays.stream(normalise(query).split("[\\s,，。、;；?？!！]+"))
                .filter(t -> !t.isBlank()).distinct().limit(8).toList();
    }

    /** {@code %term%} with LIKE's wildcards escaped ({@code \} is PostgreSQL's default escape). */
    public static String pattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
