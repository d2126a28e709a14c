package com.careline.inquiry.routing;

import java.util.Comparator;
import java.util.List;

/**
 * Picks the route of a work order (002: by business region, inquiry type and content) from the rule
 * table. The most specific matching rule wins: region and topic, then region alone, then topic alone, then
 * a rule for any region and topic; without one, the configured default route, so nothing is unroutable.
 */
public final class Router {

    /** One row of the rule table; null region or topic means any. */
    public record Rule(java.util.UUID id, String region, String topic, String department, String queue) {
        boolean matches(String region, String topic) {
            return (this.region == null || this.region.equals(region)) && (this.topic == null || this.topic.equals(topic));
        }

        int specificity() {
            return (region != null ? 2 : 0) + (topic != null ? 1 : 0);
        }
    }

    private final Route fallback;

    public Router(Route fallback) {
        this.fallback = fallback;
    }

    public Route route(List<Rule> rules, String region, String topic) {
        return rules.stream().filter(r -> r.matches(region, topic))
                .max(Comparator.comparingInt(Rule::specificity))
                .map(r -> new Route(r.department(), r.queue(), r.id()))
                .orElse(fallback);
    }
}
