package com.careline.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@ConfigMapping(prefix = "careline.outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for staged events: the upper bound of the publishing delay. Quarkus's
     * scheduler runs nothing more often than once a second.
     */
    @WithDefault("1s")
    String relayInterval();

    @WithDefault("10m")
    String pruneInterval();

    /** How often the broker is asked whether it answers and the oldest unsent event is measured. */
    @WithDefault("5s")
    String healthInterval();

    /**
     * Events of one case always go to the same lane; one relay at a time publishes a lane, in staging
     * order. More lanes let more relay instances work in parallel. Change only with the outbox drained.
     */
    @WithDefault("8")
    @Min(1)
    @Max(1024)
    int lanes();

    /** Most events one lane publishes per transaction. */
    @WithDefault("500")
    @Min(1)
    int batchSize();

    /**
     * The largest record the relay sends (payload and headers); a larger row is held instead of failing its
     * lane. Keep it at or below the producer's {@code max.request.size} and the topics' {@code max.message.bytes}.
     */
    @WithDefault("1000000")
    @Min(1024)
    int maxRecordBytes();

    /** How long sent rows stay for inspection before they are pruned. */
    @WithDefault("P1D")
    Duration retention();
}
