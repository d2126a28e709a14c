package com.careline.claims.claim;

/** Where a claim came from; {@code claim.opened} says it, so reporting can tell them apart. */
public enum ClaimOrigin {
    /** Registered by an agent for the claimant. */
    DESK,
    /** Opened by a shipment exception scan (破损, 丢失, 少货); the claimant's particulars follow. */
    SHIPMENT_EXCEPTION,
    /** A complaint's compensation, agreed or signed off on the complaint (003), paid here (001). */
    COMPLAINT_COMPENSATION
}
