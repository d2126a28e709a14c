package com.careline.inquiry.inquiry;

/** Where an inquiry came in (000/002); {@code SYSTEM}: a proactive work order opened by the service itself. */
public enum Channel {
    PHONE, LETTER, VISIT, EMAIL, WEB, LIS, SYSTEM
}
