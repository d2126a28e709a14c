package com.careline.reporting.complaints;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/**
 * 001: reporting keeps no names or phones, but a complaint's customer key is a phone number behind a hash, which
 * a phone book undoes. A year after the complaint closed, the key goes from its fact, and the monthly
 * repeat-customer row it counted in keeps its count under a key that points to nobody.
 */
@Singleton
public class ComplaintFactPersonalData extends CaseTable {

    ComplaintFactPersonalData(EntityManager em) {
        super(em, "complaint-fact", "complaint_fact", "complaint_id", "c.closed_at", "customer_key = null",
                List.of());
    }

    @Override
    public void erase(List<String> caseIds, Instant at) {
        em.createNativeQuery("""
                update complaint_customer_monthly m set customer_key = 'erased-' || gen_random_uuid()
                from complaint_fact f
                where f.complaint_id in (:ids) and m.month = f.month and m.customer_key = f.customer_key""")
                .setParameter("ids", caseIds.stream().map(UUID::fromString).toList()).executeUpdate();
        super.erase(caseIds, at);
    }
}
