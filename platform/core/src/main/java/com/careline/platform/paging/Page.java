package com.careline.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: lists are always paged. {@code totalExact} is false when the list counted no further than
 * {@code total} (a long history is not counted row by row to show a page of it): there are at least that many.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /** A page whose count stopped at {@code upTo}: {@code counted} is min(real total, upTo). */
    public static <T> Page<T> countedUpTo(List<T> items, int page, int size, long counted, long upTo) {
        return new Page<>(items, page, size, Math.min(counted, upTo), counted < upTo);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
