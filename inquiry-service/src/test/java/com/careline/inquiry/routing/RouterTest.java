package com.careline.inquiry.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The route choice is a pure ranking of rules: no database or Quarkus needed. */
class RouterTest {

    private final Route fallback = new Route("CUSTOMER_SERVICE", "HQ-GENERAL", null);
    private final Router router = new Router(fallback);
    private final Router.Rule regionAndTopic = rule("NW", "FREIGHT", "Q1");
    private final Router.Rule regionOnly = rule("NW", null, "Q2");
    private final Router.Rule topicOnly = rule(null, "FREIGHT", "Q3");
    private final Router.Rule any = rule(null, null, "Q4");

    @Test
    void mostSpecificRuleWins() {
        var rules = List.of(any, topicOnly, regionOnly, regionAndTopic);

        assertEquals("Q1", router.route(rules, "NW", "FREIGHT").queue());
        assertEquals("Q2", router.route(rules, "NW", "ORDER").queue());
        assertEquals("Q3", router.route(rules, "SOUTH", "FREIGHT").queue());
        assertEquals("Q4", router.route(rules, "SOUTH", "ORDER").queue());
    }

    @Test
    void fallsBackToTheDefaultRouteWhenNoRuleMatches() {
        assertEquals(fallback, router.route(List.of(regionAndTopic, regionOnly), "SOUTH", "ORDER"));
        assertEquals(fallback, router.route(List.of(), "NW", "FREIGHT"));
    }

    private static Router.Rule rule(String region, String topic, String queue) {
        return new Router.Rule(UUID.randomUUID(), region, topic, "DEPT", queue);
    }
}
