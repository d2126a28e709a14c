package com.careline.inquiry.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * 001, 客户名址变更信息的采集: "对月结客户出现搬迁迹象时，要及时结清快递服务费用" (when a monthly-account customer shows
 * signs of moving, settle their express fees promptly). An address added, changed or removed is such a sign;
 * the seed gives no deadline for "promptly", so the task is due {@code settleWithin} after the change
 * ({@code careline.customers.settle-within}, one day by default: our reading). A customer with an open task
 * gets no second one: the account is settled once, whatever else moved meanwhile.
 */
public final class SettlementRule {

    private SettlementRule() {
    }

    /** When the new task is due, or empty when the change calls for none. */
    public static Optional<Instant> dueAt(boolean monthlyAccount, boolean openTask, Instant changedAt,
            Duration settleWithin) {
        if (!monthlyAccount || openTask) {
            return Optional.empty();
        }
        return Optional.of(changedAt.plus(settleWithin));
    }
}
