package com.careline.inquiry.routing;

import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.careline.inquiry.inquiry.Topic;
import com.careline.inquiry.routing.RoutingCommands.RouteView;
import com.careline.inquiry.routing.RoutingCommands.RuleView;
import com.careline.inquiry.routing.RoutingCommands.SaveRule;
import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.NotFound;
import com.careline.platform.paging.Page;
import com.careline.platform.security.CurrentUser;
import io.quarkus.logging.Log;

/** The rule table as data, and the route of a work order. */
@ApplicationScoped
public class RoutingService {

    private final RoutingRuleRepository rules;
    private final Router router;
    private final CurrentUser user;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    RoutingService(RoutingRuleRepository rules, RoutingConfig config, CurrentUser user, Clock clock,
            TransactionSynchronizationRegistry transactions) {
        this.rules = rules;
        this.router = new Router(new Route(config.defaultDepartment(), config.defaultQueue(), null));
        this.user = user;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A transaction's routes (held among its resources under this class). */
    private record Routes(Map<Case, Route> byCase) {
    }

    private record Case(String region, Topic topic) {
    }

    /**
     * Where a work order of {@code region} and {@code topic} goes now. The rules are read once per region and
     * topic in a transaction: one that opens a batch of work orders (a poll's exception scans, a run of delay
     * notices) spent a tenth of inquiry-service's CPU reading them again for each (run S of
     * docs/benchmarks.md), and no transaction that routes a case changes the rules.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Route route(String region, Topic topic) {
        return routes(Collections.singletonList(region), topic).get(region);
    }

    /**
     * The routes of work orders of {@code topic} in each of {@code regions}, by region: the rules of the
     * regions this transaction has not routed yet are read with one query. A batch's work orders are mostly
     * of different branches, hence regions (run T of docs/benchmarks.md: one query each was 6 % of
     * inquiry-service's samples during shipment ingest).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Route> routes(Collection<String> regions, Topic topic) {
        Map<Case, Route> known = known();
        Set<String> unread = new HashSet<>();
        for (String region : regions) {
            if (!known.containsKey(new Case(region, topic))) {
                unread.add(region);
            }
        }
        if (!unread.isEmpty()) {
            List<Router.Rule> candidates = rules.candidates(unread, topic.name()).stream().map(RoutingRule::rule)
                    .toList();
            for (String region : unread) {
                known.put(new Case(region, topic), router.route(candidates, region, topic.name()));
            }
        }
        Map<String, Route> routes = new HashMap<>();
        for (String region : regions) {
            routes.put(region, known.get(new Case(region, topic)));
        }
        return routes;
    }

    /** The routes this transaction has read; outside one, an empty map each call (nothing is kept). */
    private Map<Case, Route> known() {
        if (transactions.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Routes routes = (Routes) transactions.getResource(Routes.class);
        if (routes == null) {
            routes = new Routes(new HashMap<>());
            transactions.putResource(Routes.class, routes);
        }
        return routes.byCase();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RouteView preview(String region, Topic topic) {
        Route r = route(region, topic);
        return new RouteView(region, topic, r.department(), r.queue(), r.ruleId(), r.ruleId() == null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RuleView> list(String region, int page, int size) {
        return new Page<>(rules.page(region, page, size).stream().map(RuleView::from).toList(), page, size,
                rules.countFor(region));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleView get(UUID id) {
        return RuleView.from(require(id));
    }

    @Transactional
    public RuleView create(SaveRule command) {
        user.requireHeadquarters("change routing rules");
        String region = normalise(command.region());
        String topic = command.topic() == null ? null : command.topic().name();
        rules.findByKey(region, topic).ifPresent(existing -> {
            throw new Conflict("a rule for region " + (region == null ? "*" : region) + " and topic "
                    + (topic == null ? "*" : topic) + " exists: " + existing.id());
        });
        RoutingRule rule = RoutingRule.create(region, topic, command.department().strip(), command.queue().strip(),
                user.id(), clock.instant());
        rules.persist(rule);
        Log.infof("routing rule %s added: %s x %s -> %s/%s", rule.id(), region, topic, rule.department(), rule.queue());
        return RuleView.from(rule);
    }

    /** Changes where a rule sends work orders; its region and topic are its identity and stay. */
    @Transactional
    public RuleView update(UUID id, SaveRule command) {
        user.requireHeadquarters("change routing rules");
        RoutingRule rule = require(id);
        String topic = command.topic() == null ? null : command.topic().name();
        if (!java.util.Objects.equals(normalise(command.region()), rule.region())
                || !java.util.Objects.equals(topic, rule.topic())) {
            throw new Conflict("a rule's region and topic cannot change; delete it and add another");
        }
        rule.change(command.department().strip(), command.queue().strip(), user.id(), clock.instant());
        rules.flush();
        return RuleView.from(rule);
    }

    @Transactional
    public void delete(UUID id) {
        user.requireHeadquarters("change routing rules");
        rules.delete(require(id));
        Log.infof("routing rule %s deleted by %s", id, user.id());
    }

    private RoutingRule require(UUID id) {
        RoutingRule rule = rules.findById(id);
        if (rule == null) {
            throw new NotFound("routing rule", id);
        }
        return rule;
    }

    private static String normalise(String region) {
        return region == null || region.isBlank() ? null : region.strip().toUpperCase();
    }
}
