package com.careline.deploy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * CloudNativePG's {@code Cluster} and {@code Database} (postgresql.cnpg.io/v1), as far as our manifests use them,
 * typed after its API reference: no Java model of it is on Maven Central. A field not listed here fails the read,
 * so a new one must be added here, checked against the reference, before it can be used.
 */
final class CloudNativePg {

    private CloudNativePg() {
    }

    record Cluster(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) ClusterSpec spec) {
    }

    record ClusterSpec(@JsonProperty(required = true) int instances, @JsonProperty(required = true) Storage storage,
            Managed managed) {
    }

    record Storage(@JsonProperty(required = true) Quantity size) {
    }

    record Managed(List<Role> roles) {
    }

    record Role(@JsonProperty(required = true) String name, Ensure ensure, Boolean login, SecretRef passwordSecret) {
    }

    enum Ensure { present, absent }

    record SecretRef(@JsonProperty(required = true) String name) {
    }

    record Database(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) DatabaseSpec spec) {
    }

    record DatabaseSpec(@JsonProperty(required = true) String name, @JsonProperty(required = true) String owner,
            @JsonProperty(required = true) ClusterRef cluster) {
    }

    record ClusterRef(@JsonProperty(required = true) String name) {
    }
}
