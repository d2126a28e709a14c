package com.careline.deploy;

import static com.careline.deploy.Manifests.labels;
import static com.careline.deploy.Manifests.metadata;
import static com.careline.deploy.Manifests.object;

import java.util.List;
import java.util.Map;

/**
 * Who reaches what, for ingress: the services' API only from the ingress controller, their management port
 * (health, metrics) only from Prometheus; PostgreSQL only from the services, its own instances and its operator.
 * The brokers' policy is Strimzi's, made from the listeners ({@link Messaging}). Kubelet probes come from the
 * pod's own node, which a NetworkPolicy always lets through. Egress stays open. The namespaces are the usual
 * ones of each tool; an overlay patches them where a cluster has others.
 */
final class NetworkPolicies {

    static final String API = "networking.k8s.io/v1";
    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String MONITORING_NAMESPACE = "monitoring";
    static final String CNPG_NAMESPACE = "cnpg-system";
    static final String SERVICES = "careline-services";
    static final String DATABASES = Manifests.PG_CLUSTER;
    /** CloudNativePG: PostgreSQL, the instance manager (status, which the operator and the instances call), metrics. */
    static final int PG_PORT = 5432;
    static final int PG_STATUS_PORT = 8000;
    static final int PG_METRICS_PORT = 9187;

    private NetworkPolicies() {
    }

    static Map<String, Object> services(List<ServiceSpec> services) {
        return policy(SERVICES, Workloads.servicePods(services), List.of(
                from(namespace(INGRESS_NAMESPACE), "http"),
                from(namespace(MONITORING_NAMESPACE), "management")));
    }

    static Map<String, Object> databases(List<ServiceSpec> services) {
        Map<String, Object> instances = Map.of("matchLabels", Map.of("cnpg.io/cluster", Manifests.PG_CLUSTER));
        Map<String, Object> operator = Map.of(
                "namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", CNPG_NAMESPACE)),
                "podSelector", Map.of("matchLabels", Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        return policy(DATABASES, instances, List.of(
                from(Map.of("podSelector", Workloads.servicePods(services)), PG_PORT),
                // replication, and the instance managers calling each other
                from(Map.of("podSelector", instances), PG_PORT, PG_STATUS_PORT),
                from(operator, PG_STATUS_PORT, PG_PORT),
                from(namespace(MONITORING_NAMESPACE), PG_METRICS_PORT)));
    }

    private static Map<String, Object> policy(String name, Map<String, Object> pods, List<Map<String, Object>> rules) {
        return object(API, "NetworkPolicy", metadata(name, labels(name)), Map.of(
                "podSelector", pods, "policyTypes", List.of("Ingress"), "ingress", rules));
    }

    private static Map<String, Object> namespace(String name) {
        return Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", name)));
    }

    /** An ingress rule: {@code peer} may reach {@code ports} (numbers, or the pods' port names), TCP. */
    private static Map<String, Object> from(Map<String, Object> peer, Object... ports) {
        return Map.of("from", List.of(peer), "ports",
                List.of(ports).stream().map(port -> Map.of("protocol", "TCP", "port", port)).toList());
    }
}
