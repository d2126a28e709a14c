package com.careline.inquiry.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, UUID> {

    /** The rules that can match a work order of {@code region} and {@code topic} (at most four). */
    public List<RoutingRule> candidates(String region, String topic) {
        return list("(region = ?1 or region is null) and (topic = ?2 or topic is null)", region, topic);
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
