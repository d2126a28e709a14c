package com.careline.revisit.revisit;

/**
 * Why a surveyed customer is not satisfied (002 3 (3)): only {@code COMPANY} sends an inquiry's work order back.
 * The same values as inquiry-service's desk survey, so one answer means one thing wherever it is recorded.
 */
public enum DissatisfactionCause {
    COMPANY, CUSTOMER, OTHER
}
