package com.careline.complaint.complaint;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    /** The next number of the readable complaint sequence (gaps allowed). */
    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('complaint_number_seq')")
                .getSingleResult()).longValue();
    }
}
