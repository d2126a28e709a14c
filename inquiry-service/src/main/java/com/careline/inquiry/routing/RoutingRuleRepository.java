package com.careline.inquiry.routing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, UUID> {

    /**
     * The rules that may route a case of {@code topic} in any of {@code regions} (at most four per region).
     * Read without flushing first: no transaction that routes a case changes the rules, and a flush before
     * every routing made a batch of new work orders (delay detection, exception scans) cost the square of its
     * size.
     */
    public List<RoutingRule> candidates(Collection<String> regions, String topic) {
        return getEntityManager().createQuery(
                "from RoutingRule where (region in ?1 or region is null) and (topic = ?2 or topic is null)",
                RoutingRule.class).setParameter(1, regions).setParameter(2, topic)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    public Optional<RoutingRule> findByKey(String region, String topic) {
        return find("coalesce(region, '*') = ?1 and coalesce(topic, '*') = ?2",
                region == null ? "*" : region, topic == null ? "*" : topic).firstResultOptional();
    }

    public List<RoutingRule> page(String region, int page, int size) {
        var query = region == null ? findAll(Sort.by("region").and("topic").and("id"))
                : find("region = ?1", Sort.by("topic").and("id"), region);
        return query.page(page, size).list();
    }

    public long countFor(String region) {
        return region == null ? count() : count("region = ?1", region);
    }
}
