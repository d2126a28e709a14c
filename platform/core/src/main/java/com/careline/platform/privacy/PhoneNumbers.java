package com.careline.platform.privacy;

import java.util.Optional;

/**
 * One written form per telephone number, so that "138 0000 0001", "+86 138-0000-0001" and 13800000001 are one
 * number (#19): separators go, China's country code (+86, 0086, 86 before a mobile) goes, a landline keeps its
 * area code with its trunk zero ("+86 755 8888 1234" and "0755-88881234" are 075588881234), and a foreign number
 * keeps its country code after a plus ("+44 20 7946 0958" is +442079460958).
 */
public final class PhoneNumbers {

    /** Fewer digits than a Chinese local number (7) or more than E.164 allows (15): not a phone number. */
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    private PhoneNumbers() {
    }

    /** The normal form of {@code raw}; empty when it is not a telephone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        boolean international = s.startsWith("+");
        if (!s.matches("\\+?[0-9 ()\\-.]+")) {
            return Optional.empty();
        }
        String digits = s.replaceAll("[^0-9]", "");
        if (!international && digits.startsWith("00")) {
            international = true;
            digits = digits.substring(2);
        }
        if (international) {
            if (!digits.startsWith("86")) {
                return digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS ? Optional.empty()
                        : Optional.of("+" + digits);
            }
            digits = domestic(digits.substring(2));
        } else if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2); // 86 before a mobile, the plus left out
        }
        return digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS ? Optional.empty() : Optional.of(digits);
    }

    /** After +86: a mobile stays as it is, a landline's area code gets back its trunk zero. */
    private static String domestic(String national) {
        if (national.startsWith("0") || (national.length() == 11 && national.startsWith("1"))) {
            return national;
        }
        return "0" + national;
    }
}
