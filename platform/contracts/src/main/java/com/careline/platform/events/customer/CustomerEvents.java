package com.careline.platform.events.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer record's event types (001 客户信息采集), published by inquiry-service on
 * {@code careline.inquiry.events}: it owns the customer record. The envelope's subject is the customer id and
 * its correlation id the customer number. No phone number travels in clear: each phone is named by its keyed
 * hash ({@code PhoneKeys}, the same key in every service, so a case registered with a phone can be linked to
 * its customer) and its last four digits, which an agent may ask for with the customer's name.
 */
public final class CustomerEvents {

    public static final String REGISTERED = "customer.registered";
    /** Name, phones, branch or monthly-account flag changed. Data: {@link Customer}. */
    public static final String CHANGED = "customer.changed";
    /** An address was added, changed or removed. Data: {@link AddressChanged}. */
    public static final String ADDRESS_CHANGED = "customer.address-changed";
    /**
     * A monthly-account customer's address changed: the branch settles the account now (001). Data:
     * {@link SettlementRequired}.
     */
    public static final String SETTLEMENT_REQUIRED = "customer.settlement-required";
    /** A duplicate was merged into another customer, which keeps its phones and cases. Data: {@link Merged}. */
    public static final String MERGED = "customer.merged";

    private CustomerEvents() {
    }

    /**
     * Data of {@link #REGISTERED} and {@link #CHANGED}: the record as it now is.
     *
     * @param phoneKeys the keyed hash of every phone, in the order of {@code phoneTails}
     * @param phoneTails the last four digits of every phone
     */
    public record Customer(UUID customerId, String number, String name, String branch, List<String> phoneKeys,
            List<String> phoneTails, boolean monthlyAccount, String by, Instant at) {
    }

    public record AddressChanged(UUID customerId, String number, String branch, UUID addressId, String change,
            boolean monthlyAccount, String by, Instant at) {

        public static final String ADDED = "ADDED";
        public static final String CHANGED = "CHANGED";
        public static final String REMOVED = "REMOVED";
    }

    /** {@code taskId} names the settle-now task in inquiry-service; {@code dueAt} when it must be done. */
    public record SettlementRequired(UUID customerId, String number, String branch, UUID taskId, Instant dueAt,
            String by, Instant at) {
    }

    /** {@code duplicateId} no longer exists on its own: its phones and cases now belong to {@code customerId}. */
    public record Merged(UUID customerId, String number, UUID duplicateId, String duplicateNumber, String branch,
            String by, Instant at) {
    }
}
