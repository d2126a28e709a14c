package com.careline.platform.sla;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * At boot, a running or paused clock whose kind has no policy fails the start with the kind's name: a policy
 * removed or renamed by mistake would leave those due times unwatched. (A breached clock of such a kind is
 * quarantined by the ticker instead: its due time is past already.)
 */
@ApplicationScoped
public class SlaPolicyCheck {

    private final SlaPolicies policies;
    private final EntityManager em;

    SlaPolicyCheck(SlaPolicies policies, EntityManager em) {
        this.policies = policies;
        this.em = em;
    }

    void atBoot(@Observes StartupEvent start) {
        List<String> missing = kindsWithoutPolicy();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("running SLA clocks of kinds without a policy: "
                    + String.join(", ", missing)
                    + "; configure careline.sla.policies.<kind>.* for each, or stop those clocks first");
        }
    }

    /** Kinds of running or paused clocks that no policy covers (one scan of the clocks, at boot). */
    List<String> kindsWithoutPolicy() {
        @SuppressWarnings("unchecked")
        List<String> kinds = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct kind from sla_clock where stopped_at is null and state in ('RUNNING', 'PAUSED')")
                .getResultList());
        return kinds.stream().filter(k -> !policies.kinds().contains(k)).sorted().toList();
    }
}
