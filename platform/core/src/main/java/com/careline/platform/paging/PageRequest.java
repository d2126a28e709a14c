package com.careline.platform.paging;

import java.util.Set;

import com.careline.platform.errors.InvalidRequest;

/**
 * {@code page}, {@code size} and {@code sort} as a list endpoint receives them (as text, so that a wrong one is
 * a 400 naming it), checked: pages from 0, 1 to 200 items, no deeper than {@link #MAX_OFFSET} items in (an
 * agent narrows the filter long before; a deeper page costs the database a scan of everything before it),
 * and a sort of {@code field} or {@code field,desc} on a field the endpoint allows.
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_OFFSET = 100_000;

    public static PageRequest of(String page, String size, String sort, Set<String> sortable, String defaultSort) {
        Integer askedPage = QueryParams.integer("page", page);
        Integer askedSize = QueryParams.integer("size", size);
        int p = askedPage == null ? 0 : askedPage;
        int s = askedSize == null ? 20 : askedSize;
        if (p < 0) {
            throw new InvalidRequest("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw new InvalidRequest("page", "must be at most " + MAX_OFFSET / s + " with size " + s
                    + " (no more than " + MAX_OFFSET + " items in): narrow the filter instead");
        }
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",");
        String field = parts[0].trim();
        if (!sortable.contains(field)) {
            throw new InvalidRequest("sort", "must be one of " + String.join(", ", sortable.stream().sorted().toList()));
        }
        boolean descending = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
        if (parts.length > 2 || (parts.length == 2 && !descending && !parts[1].trim().equalsIgnoreCase("asc"))) {
            throw new InvalidRequest("sort", "must be field, field,asc or field,desc");
        }
        return new PageRequest(p, s, field, descending);
    }
}
