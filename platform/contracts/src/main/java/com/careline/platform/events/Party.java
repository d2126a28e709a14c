package com.careline.platform.events;

/**
 * Who a case is for, as the read models that find cases by their customer need it (#19): the customer number
 * when the desk passed one, the name, and the phone only as its keyed hash and last four digits (an agent may
 * ask for those with the name). Null in events published before it was added; any part may be null.
 */
public record Party(String customerNumber, String name, String phoneKey, String phoneTail) {

    /** Nothing known. */
    public static final Party NONE = new Party(null, null, null, null);
}
