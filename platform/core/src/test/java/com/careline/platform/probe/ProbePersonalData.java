package com.careline.platform.probe;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.platform.retention.LegalHolds;
import com.careline.platform.retention.PersonalData;

/** The personal data of a probe case, as a service declares its own. */
@ApplicationScoped
public class ProbePersonalData implements PersonalData {

    private final EntityManager em;

    ProbePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public List<String> expired(Instant closedBefore, int limit) {
        return em.createNativeQuery("select id::text from probe_case c where closed_at < :before and erased_at is null and "
                + LegalHolds.notHeld("c.id") + " order by closed_at", String.class)
                .setParameter("before", closedBefore).setMaxResults(limit).getResultList();
    }

    @Override
    public void erase(List<String> caseIds, Instant at) {
        em.createNativeQuery("update probe_case set person = '', erased_at = :at where id in (:ids)")
                .setParameter("at", at).setParameter("ids", caseIds.stream().map(UUID::fromString).toList())
                .executeUpdate();
    }
}
