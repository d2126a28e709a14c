package com.careline.platform.paging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import com.careline.platform.errors.InvalidRequest;

/**
 * Typed query parameters read from their text. JAX-RS answers a query parameter it cannot convert
 * with 404; a user who typed a bad date deserves a 400 that names the parameter. Dates and months lie
 * between {@link #FIRST_DAY} and {@link #LAST_DAY}: a case of this business falls in between, and a year
 * such as +999999999 would otherwise reach the database (or an {@code Instant}) and fail there.
 */
public final class QueryParams {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, "must be a whole number");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name, "must be a date as yyyy-MM-dd");
        }
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new InvalidRequest(name, "must be between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return date;
    }

    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name, "must be a month as yyyy-MM, e.g. 2026-10");
        }
        if (month.isBefore(YearMonth.from(FIRST_DAY)) || month.isAfter(YearMonth.from(LAST_DAY))) {
            throw new InvalidRequest(name, "must be between " + YearMonth.from(FIRST_DAY) + " and "
                    + YearMonth.from(LAST_DAY));
        }
        return month;
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidRequest(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(name, "must be one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
