package com.careline.claims.document;

public enum DocumentStatus {
    /** Kept; counts towards the checklist. */
    RECEIVED,
    /** Not acceptable (illegible, wrong waybill...); the claimant sends another. */
    REJECTED
}
