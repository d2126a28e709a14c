package com.careline.platform.probe;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.CaseTable;

/** The personal data of a probe case, as a service declares its own. */
@Singleton
public class ProbePersonalData extends CaseTable {

    ProbePersonalData(EntityManager em) {
        super(em, "probe", "probe_case", "c.closed_at", "person = ''");
    }
}
