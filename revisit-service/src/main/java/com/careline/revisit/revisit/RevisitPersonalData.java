package com.careline.revisit.revisit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/**
 * 001: a year after a follow-up call closed, the customer's name and phone, what they said and the call notes
 * go; the RATER scores, satisfied or not, and the dates stay. A hold on the complaint or inquiry it follows
 * keeps it too.
 */
@Singleton
public class RevisitPersonalData extends CaseTable {

    RevisitPersonalData(EntityManager em) {
        super(em, "revisit", "revisit", "c.closed_at", "customer_name = null, phone = null, comments = null, "
                + "suggestions = null, new_service_needs = null, business_leads = null, late_reason = null", "case_id");
    }

    @Override
    protected void eraseMore(List<UUID> caseIds, Instant at) {
        em.createNativeQuery("update revisit_attempt set note = null where revisit_id in (:ids)")
                .setParameter("ids", caseIds).executeUpdate();
    }
}
