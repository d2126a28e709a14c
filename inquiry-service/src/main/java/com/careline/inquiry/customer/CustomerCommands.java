package com.careline.inquiry.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer record's request bodies and answers. */
public final class CustomerCommands {

    private CustomerCommands() {
    }

    /** A new customer: a name and one phone at least, in any spelling; the rest when the customer tells it. */
    public record RegisterCustomer(
            @NotBlank @Size(max = 100) @Schema(example = "深圳市华南电子有限公司") String name,
            @NotEmpty @Size(max = 10) @Schema(example = "[\"138 0000 0001\", \"0755-88881234\"]")
            List<@NotBlank @Size(max = 40) String> phones,
            @Schema(description = "月结客户: settles monthly; a change of address then raises a settle-now task")
            Boolean monthlyAccount,
            @Valid Profile profile,
            @Size(max = 10) List<@Valid @NotNull Address> addresses) {

        boolean monthly() {
            return Boolean.TRUE.equals(monthlyAccount);
        }

        List<Address> addressList() {
            return addresses == null ? List.of() : addresses;
        }
    }

    /** Name, phones (the whole list: the ones left out are removed) and the monthly-account flag. */
    public record ChangeDetails(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) String> phones,
            @NotNull Boolean monthlyAccount) {
    }

    /** Merges {@code duplicate} (a customer number) into the customer of the path, which keeps its number. */
    public record MergeCustomers(
            @NotBlank @Size(max = 40) @Schema(example = "SZC202612000002") String duplicate,
            @NotBlank @Size(max = 2000) @Schema(example = "同一公司登记了两次") String reason) {
    }

    public record SettlementDone(@Size(max = 2000) @Schema(example = "已结清11月运费") String note) {
    }

    public record PhoneView(@Schema(description = "the one written form (PhoneNumbers)") String phone, String tail) {
    }

    public record AddressView(UUID id, Address address, Instant addedAt) {

        static AddressView from(CustomerAddress a) {
            return new AddressView(a.id(), a.details(), a.addedAt());
        }
    }

    /**
     * A customer. A merged one has status {@code MERGED} and {@code mergedInto}, the survivor's number, and no
     * phones or addresses left (the survivor has them).
     */
    public record CustomerView(UUID id, String number, String name, String branch, boolean monthlyAccount,
            Customer.Status status, String mergedInto, Profile profile, List<PhoneView> phones,
            List<AddressView> addresses, String createdBy, Instant createdAt, Instant updatedAt) {
    }

    /** A line of a search: enough to tell the caller apart, no profile. */
    public record CustomerSummary(UUID id, String number, String name, String branch, boolean monthlyAccount,
            Customer.Status status, Instant createdAt) {

        static CustomerSummary from(Customer c) {
            return new CustomerSummary(c.id(), c.number(), c.name(), c.branch(), c.monthlyAccount(), c.status(),
                    c.createdAt());
        }
    }

    public record AddressChangeView(UUID id, UUID addressId, AddressChange.Kind change, Address before,
            Address after, String note, String by, Instant at) {

        static AddressChangeView from(AddressChange c) {
            return new AddressChangeView(c.id(), c.addressId(), c.change(), c.before(), c.after(), c.note(),
                    c.changedBy(), c.changedAt());
        }
    }

    public record SettlementTaskView(UUID id, UUID customerId, String customerNumber, String branch, String reason,
            SettlementTask.Status status, Instant dueAt, String createdBy, Instant createdAt, String doneBy,
            Instant doneAt, String note) {

        static SettlementTaskView from(SettlementTask t) {
            return new SettlementTaskView(t.id(), t.customerId(), t.customerNumber(), t.branch(), t.reason(),
                    t.status(), t.dueAt(), t.createdBy(), t.createdAt(), t.doneBy(), t.doneAt(), t.note());
        }
    }
}
