package com.careline.deploy;

import static com.careline.deploy.Manifests.labels;
import static com.careline.deploy.Manifests.metadata;
import static com.careline.deploy.Manifests.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudNativePG cluster holding a database per service, each owned by its own role whose password
 * is the service's Secret. Flyway migrates each database when its service starts. Used by the overlays
 * that run PostgreSQL in the cluster, with the NetworkPolicy that lets only the services, the instances and the
 * operator in; the external-db overlay leaves it out.
 */
final class Databases {

    static final String CNPG = "postgresql.cnpg.io/v1";

    private Databases() {
    }

    static List<Map<String, Object>> of(List<ServiceSpec> services) {
        List<Map<String, Object>> roles = new ArrayList<>();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (ServiceSpec s : services) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("name", s.database());
            role.put("ensure", "present");
            role.put("login", true);
            role.put("passwordSecret", Map.of("name", s.databaseSecret()));
            roles.add(role);
        }
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("instances", 3);
        cluster.put("storage", Map.of("size", "20Gi"));
        cluster.put("managed", Map.of("roles", roles));
        documents.add(object(CNPG, "Cluster", metadata(Manifests.PG_CLUSTER, labels(Manifests.PG_CLUSTER)), cluster));
        for (ServiceSpec s : services) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("name", s.database());
            spec.put("owner", s.database());
            spec.put("cluster", Map.of("name", Manifests.PG_CLUSTER));
            documents.add(object(CNPG, "Database", metadata(s.database().replace('_', '-'),
                    labels(Manifests.PG_CLUSTER)), spec));
        }
        documents.add(NetworkPolicies.databases(services));
        return documents;
    }
}
