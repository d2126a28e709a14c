package com.careline.platform.errors;

/** 409: the request is well-formed but the case's current state does not allow it. */
public class Conflict extends RuntimeException {

    public Conflict(String reason) {
        super(reason);
    }
}
