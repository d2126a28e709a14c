package com.careline.platform.errors;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, with the invalid fields of a request in {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:careline:problem:";

    public record FieldError(String field, String reason) {
    }

    static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, List.of());
    }

    static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + "invalid-request", "Invalid request", 400, detail, errors);
    }
}
