package com.careline.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.careline.devinfra.DevTokens;
import com.careline.devinfra.Infrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One real PostgreSQL (a database per service) and one real KRaft broker per test JVM, or the external
 * ones named by {@code CARELINE_PG_URL} and {@code CARELINE_KAFKA_BOOTSTRAP}. Use it with
 * {@code @WithTestResource(value = CareLineInfra.class, scope = TestResourceScope.GLOBAL)} on every
 * test class so that the servers and the application start once.
 */
public class CareLineInfra implements QuarkusTestResourceLifecycleManager {

    /** System property naming the folder of the test signing keys; {@link Tokens} reads it. */
    static final String KEYS_PROPERTY = "careline.test.jwt-keys";

    private Infrastructure infra;

    @Override
    public Map<String, String> start() {
        try {
            infra = Infrastructure.forTests(System.getenv());
            Path keys = Files.createTempDirectory("careline-test-jwt");
            DevTokens tokens = DevTokens.inDirectory(keys);
            // a system property, not a static field: test classes and this resource may sit in different class loaders
            System.setProperty(KEYS_PROPERTY, keys.toString());
            Map<String, String> config = new HashMap<>(infra.serviceProperties());
            config.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start PostgreSQL and Kafka for the tests", e);
        }
    }

    @Override
    public void stop() {
        if (infra != null) {
            infra.close();
        }
    }
}
