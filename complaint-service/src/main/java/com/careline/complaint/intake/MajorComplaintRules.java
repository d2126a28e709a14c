package com.careline.complaint.intake;

import static java.util.stream.Collectors.joining;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Triage of a new complaint (003): is it major (重大投诉), and why. Major complaints must reach the head clerk
 * within 30 minutes, so a reason found here is what starts that clock.
 */
public final class MajorComplaintRules {

    // A Latin keyword is a whole word: "court" is not in "courteous", "press" is not in "express".
    // CJK has no spaces, so a Chinese neighbour does not count: "我要找lawyer" matches.
    private static final String NO_WORD_BEFORE = "(?<![\\p{IsLatin}\\p{Nd}])";
    private static final String NO_WORD_AFTER = "(?![\\p{IsLatin}\\p{Nd}])";

    private final BigDecimal compensationThreshold;
    private final BigDecimal largeLossThreshold;
    private final Map<MajorReason, Pattern> keywordPatterns;

    /** Rules from configuration; a key that is not a {@link MajorReason} name or a blank keyword is rejected. */
    public static MajorComplaintRules from(TriageConfig config) {
        var keywords = new EnumMap<MajorReason, List<String>>(MajorReason.class);
        config.keywords().forEach((key, words) -> keywords.put(reasonNamed(key), words));
        return new MajorComplaintRules(config.compensationThreshold(), config.largeLossThreshold(), keywords);
    }

    public MajorComplaintRules(BigDecimal compensationThreshold, BigDecimal largeLossThreshold,
            Map<MajorReason, List<String>> keywords) {
        this.compensationThreshold = requireAmount("compensationThreshold", compensationThreshold);
        this.largeLossThreshold = requireAmount("largeLossThreshold", largeLossThreshold);
        var patterns = new EnumMap<MajorReason, Pattern>(MajorReason.class);
        keywords.forEach((reason, words) -> {
            if (!words.isEmpty()) {
                patterns.put(reason, patternOf(reason, words));
            }
        });
        this.keywordPatterns = patterns;
    }

    /**
     * @param content the complaint text as the customer put it; null or blank finds no keyword
     * @param claimedCompensation yuan the customer asks for, null when none
     * @param estimatedLoss yuan, null when unknown
     * @param declared reasons the agent ticked on the form; they always count
     */
    public MajorVerdict judge(String content, BigDecimal claimedCompensation, BigDecimal estimatedLoss,
            Set<MajorReason> declared) {
        var reasons = EnumSet.noneOf(MajorReason.class);
        if (declared != null) {
            reasons.addAll(declared);
        }
        // 003 line 51: 涉及到赔偿的投诉 is major (threshold 0 by default: any request); equal is not above it
        if (isAbove(claimedCompensation, compensationThreshold)) {
            reasons.add(MajorReason.COMPENSATION);
        }
        // 003: 损害金额大的投诉
        if (isAbove(estimatedLoss, largeLossThreshold)) {
            reasons.add(MajorReason.LARGE_LOSS);
        }
        if (content != null && !content.isBlank()) {
            String text = normalise(content);
            keywordPatterns.forEach((reason, pattern) -> {
                if (pattern.matcher(text).find()) {
                    reasons.add(reason);
                }
            });
        }
        return MajorVerdict.of(reasons);
    }

    private static MajorReason reasonNamed(String key) {
        return Arrays.stream(MajorReason.values())
                .filter(reason -> reason.name().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("careline.complaint.triage.keywords." + key
                        + ": '" + key + "' is not a major reason; expected one of "
                        + Arrays.toString(MajorReason.values())));
    }

    private static BigDecimal requireAmount(String name, BigDecimal amount) {
        Objects.requireNonNull(amount, name);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
        return amount;
    }

    private static boolean isAbove(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.compareTo(threshold) > 0;
    }

    private static Pattern patternOf(MajorReason reason, List<String> words) {
        String alternatives = words.stream()
                .map(word -> keywordRegex(reason, word))
                .collect(joining("|"));
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String keywordRegex(MajorReason reason, String word) {
        if (word == null || word.isBlank()) {
            throw new IllegalArgumentException("careline.complaint.triage.keywords." + reason
                    + " has a blank keyword");
        }
        String keyword = normalise(word).strip();
        if (keyword.codePoints().anyMatch(MajorComplaintRules::isLatinLetter)) {
            String phrase = Arrays.stream(keyword.split("\\s+")).map(Pattern::quote).collect(joining("\\s+"));
            return NO_WORD_BEFORE + phrase + NO_WORD_AFTER;
        }
        // CJK and digits match anywhere, but a number never inside a longer one (12315 in a waybill number)
        String regex = Pattern.quote(keyword);
        if (Character.isDigit(keyword.codePointAt(0))) {
            regex = "(?<!\\p{Nd})" + regex;
        }
        if (Character.isDigit(keyword.codePointBefore(keyword.length()))) {
            regex = regex + "(?!\\p{Nd})";
        }
        return regex;
    }

    // Chinese input methods type full-width Latin and digits (ＡＢＣ, １２３１５); NFKC makes them half-width.
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean isLatinLetter(int codePoint) {
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
