package com.careline.inquiry.customer;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The rows a customer has besides its own: phones, addresses, address changes, settlement tasks. */
@ApplicationScoped
public class CustomerRows {

    private final EntityManager em;

    CustomerRows(EntityManager em) {
        this.em = em;
    }

    public void persist(Object row) {
        em.persist(row);
    }

    public List<CustomerPhone> phones(UUID customerId) {
        return em.createQuery("from CustomerPhone where customerId = :c order by seq", CustomerPhone.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The phones among {@code keys} that a customer other than {@code except} (null: any) holds. */
    public List<CustomerPhone> phonesHeldByOthers(List<String> keys, UUID except) {
        var query = em.createQuery("from CustomerPhone where phoneKey in :keys"
                + (except == null ? "" : " and customerId <> :except"), CustomerPhone.class).setParameter("keys", keys);
        return (except == null ? query : query.setParameter("except", except)).getResultList();
    }

    public void remove(CustomerPhone phone) {
        em.remove(phone);
    }

    /** Current addresses, or with {@code removedToo} every one the customer ever had. */
    public List<CustomerAddress> addresses(UUID customerId, boolean removedToo) {
        return em.createQuery("from CustomerAddress where customerId = :c"
                + (removedToo ? "" : " and removedAt is null") + " order by seq", CustomerAddress.class)
                .setParameter("c", customerId).getResultList();
    }

    public CustomerAddress address(UUID id) {
        return em.find(CustomerAddress.class, id);
    }

    public List<AddressChange> addressChanges(UUID customerId) {
        return em.createQuery("from AddressChange where customerId = :c order by seq", AddressChange.class)
                .setParameter("c", customerId).getResultList();
    }

    public boolean hasOpenSettlement(UUID customerId) {
        return !em.createQuery("select t.id from SettlementTask t where t.customerId = :c and t.status = :open")
                .setParameter("c", customerId).setParameter("open", SettlementTask.Status.OPEN).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
