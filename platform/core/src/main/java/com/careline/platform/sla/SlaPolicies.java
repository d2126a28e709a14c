package com.careline.platform.sla;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;

/** The service's policies by clock kind, checked at startup (a bad ladder fails the boot, not a tick). */
@Startup
@ApplicationScoped
public class SlaPolicies {

    private final Map<String, SlaPolicy> byKind;

    SlaPolicies(SlaConfig config) {
        this.byKind = config.policies().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey,
                e -> new SlaPolicy(e.getKey(), e.getValue().duration().orElse(null), e.getValue().basis(),
                        e.getValue().ladder().stream()
                                .map(r -> new SlaPolicy.Rung(r.after(), r.escalateTo())).toList())));
    }

    public Optional<SlaPolicy> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public Set<String> kinds() {
        return byKind.keySet();
    }

    public SlaPolicy get(String kind) {
        SlaPolicy policy = byKind.get(kind);
        if (policy == null) {
            throw new IllegalArgumentException("no SLA policy for clock kind " + kind
                    + " (configure careline.sla.policies." + kind + ".*)");
        }
        return policy;
    }
}
