package com.careline.claims.claim;

/** What went wrong with the shipment (000: 破损, 丢失, 少货, 发错货, 延误), or with the service. */
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
    DELAY,
    /**
     * A service failure (attitude, billing...) compensated on a complaint (003). Opened only from the
     * complaint's decision, never at the desk; it needs no documents (the complaint holds the case).
     */
    SERVICE;

    /** Whether the desk may open a claim of this type (and so whether it has a document checklist). */
    public boolean isOpenedAtDesk() {
        return this != SERVICE;
    }
}
