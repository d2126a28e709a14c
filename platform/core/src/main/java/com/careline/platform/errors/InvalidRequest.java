package com.careline.platform.errors;

/** 400 for a rule Bean Validation cannot express on one field (e.g. a period that ends before it starts). */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
