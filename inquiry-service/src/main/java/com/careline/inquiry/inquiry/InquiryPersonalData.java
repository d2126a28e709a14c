package com.careline.inquiry.inquiry;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/**
 * 001: a year after an inquiry closed (answered at once, or archived), the customer's name and phone, what they
 * asked and what they were told go; topic, region, branch, dates and the satisfaction stay for the figures.
 */
@Singleton
public class InquiryPersonalData extends CaseTable {

    InquiryPersonalData(EntityManager em) {
        super(em, "inquiry", "inquiry",
                "case when c.status in ('CLOSED', 'ARCHIVED') then coalesce(c.archived_at, c.closed_at) end",
                "customer_name = null, phone = null, phone_key = null, content = " + ERASED + ", answer = null");
    }
}
