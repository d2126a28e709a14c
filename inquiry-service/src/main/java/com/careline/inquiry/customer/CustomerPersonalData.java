package com.careline.inquiry.customer;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/**
 * 001 (electronic records are kept one year): a customer record closes when it is merged into another, which
 * took its phones, addresses and their history; a year later the duplicate's name, profile and merge reason go,
 * its number and the link to its survivor stay. An active customer is not a closed case: its record stays while
 * it is one.
 */
@Singleton
public class CustomerPersonalData extends CaseTable {

    CustomerPersonalData(EntityManager em) {
        super(em, "customer", "customer", "case when c.status = 'MERGED' then c.merged_at end",
                "name = " + ERASED + ", profile = null, merge_reason = null");
    }
}
