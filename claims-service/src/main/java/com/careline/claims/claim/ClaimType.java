package com.careline.claims.claim;

/** What went wrong with the shipment (000: 破损, 丢失, 少货, 发错货, 延误). */
public enum ClaimType {
    /** 破损 */
    DAMAGE,
    /** 丢失 */
    LOSS,
    /** 少货 */
    SHORTAGE,
    /** 发错货 */
    WRONG_GOODS,
    /** 延误 */
    DELAY
}
