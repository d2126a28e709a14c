package com.careline.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "careline.inbox")
public interface InboxConfig {

    /** How long an acted-on event id is remembered; keep it longer than the topics' retention. */
    @WithDefault("P30D")
    Duration retention();

    @WithDefault("1h")
    String pruneInterval();
}
