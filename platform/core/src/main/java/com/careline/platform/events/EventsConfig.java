package com.careline.platform.events;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who this service is on the wire. */
@ConfigMapping(prefix = "careline.events")
public interface EventsConfig {

    /** The envelope's {@code source}, e.g. {@code careline/complaint-service}. */
    @WithDefault("careline/${quarkus.application.name}")
    String source();

    /** The domain whose topic this service publishes to ({@code complaint}); none for read-only services. */
    Optional<String> domain();
}
