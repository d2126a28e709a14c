package com.careline.inquiry.customer;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public Customer findByNumber(String number) {
        return find("number", number).firstResult();
    }

    /** Customers merged into {@code id} before it was merged itself. */
    public List<Customer> mergedInto(UUID id) {
        return list("mergedInto", id);
    }
}
