package com.careline.platform.errors;

/** 404: the resource does not exist, or lies outside the caller's branch (which is not revealed). */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
