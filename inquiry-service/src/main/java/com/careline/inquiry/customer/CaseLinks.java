package com.careline.inquiry.customer;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.security.BranchScope;

/**
 * Which customer a case (an inquiry) is of. The desk looks the caller up before registering the case and passes
 * the customer's number; a case registered without one is linked by its phone's keyed hash: at once when a
 * customer has that phone, else when a customer gets it (registered, or a phone added). A merge takes the
 * duplicate's cases to the survivor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseLinks {

    /**
     * A new case's customer (null: none yet), with their number for the case's event, and its phone's keyed hash
     * (null: not a phone number).
     */
    public record Link(UUID customerId, String customerNumber, String phoneKey) {
    }

    private final CustomerRepository customers;
    private final PhoneKeys keys;
    private final BranchScope scope;
    private final EntityManager em;

    CaseLinks(CustomerRepository customers, PhoneKeys keys, BranchScope scope, EntityManager em) {
        this.customers = customers;
        this.keys = keys;
        this.scope = scope;
        this.em = em;
    }

    /**
     * The customer of a case registered with {@code customerNumber} (one the caller's branch sees, else a 400
     * naming it; a merged one means its survivor) or, without it, the customer holding {@code phone}.
     */
    public Link forNewCase(String customerNumber, String phone) {
        String key = keys.of(phone).orElse(null);
        if (customerNumber != null && !customerNumber.isBlank()) {
            Customer c = customers.findByNumber(customerNumber.strip());
            if (c == null || !scope.canSee(c.branch())) {
                throw new InvalidRequest("customerNumber", "names no customer of this branch: look them up or "
                        + "register them at /api/customers");
            }
            Customer of = c.mergedInto() != null ? customers.findById(c.mergedInto()) : c;
            return new Link(of.id(), of.number(), key);
        }
        if (key == null) {
            return new Link(null, null, null);
        }
        List<Customer> holder = em.createQuery(
                "select c from Customer c, CustomerPhone p where p.phoneKey = :key and c.id = p.customerId",
                Customer.class).setParameter("key", key).getResultList();
        return holder.isEmpty() ? new Link(null, null, key)
                : new Link(holder.get(0).id(), holder.get(0).number(), key);
    }

    /** Cases of no customer yet whose phone is one of {@code phoneKeys} become {@code customerId}'s. */
    void linkByPhones(UUID customerId, List<String> phoneKeys) {
        em.createNativeQuery("update inquiry set customer_id = :c where customer_id is null and phone_key in (:keys)")
                .setParameter("c", customerId).setParameter("keys", phoneKeys).executeUpdate();
    }

    /** The duplicate's cases become the survivor's. */
    void move(UUID duplicateId, UUID survivorId) {
        em.createNativeQuery("update inquiry set customer_id = :s where customer_id = :d")
                .setParameter("s", survivorId).setParameter("d", duplicateId).executeUpdate();
    }
}
