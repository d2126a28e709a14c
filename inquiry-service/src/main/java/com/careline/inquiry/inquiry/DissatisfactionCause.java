package com.careline.inquiry.inquiry;

/** Why a customer is not satisfied with an answer; only {@code COMPANY} sends the work order back (002). */
public enum DissatisfactionCause {
    COMPANY, CUSTOMER, OTHER
}
