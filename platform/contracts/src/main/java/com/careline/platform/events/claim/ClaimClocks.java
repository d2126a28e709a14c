package com.careline.platform.events.claim;

/** The kinds of a claim's SLA clocks, configured under {@code careline.sla.policies.<kind>}. */
public final class ClaimClocks {

    /** 001 "理赔回复1日回": the claimant hears from us within 1 day. Stopped by a reply or the first offer. */
    public static final String REPLY = "claim-reply";
    /**
     * 001 "赔偿支付7日内": paid within 7 days. Started when the claimant agrees (for a complaint's compensation,
     * from its decision on the complaint), stopped by the payment.
     */
    public static final String PAYMENT = "claim-payment";

    private ClaimClocks() {
    }
}
