package com.careline.complaint.complaint;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/**
 * 001: a year after a complaint closed, the customer's name, number, phone, contact and the texts that tell their
 * story go; category, branch, dates, amounts and the waybill stay for the figures.
 */
@Singleton
public class ComplaintPersonalData extends CaseTable {

    ComplaintPersonalData(EntityManager em) {
        super(em, "complaint", "complaint", "case when c.status = 'CLOSED' then c.closed_at end",
                "customer_name = " + ERASED + ", customer_number = null, phone = " + ERASED + ", contact = null, "
                        + "content = " + ERASED + ", resolution = null, compensation_justification = null, "
                        + "compensation_note = null");
    }
}
