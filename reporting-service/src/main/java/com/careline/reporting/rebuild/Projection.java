package com.careline.reporting.rebuild;

import com.careline.platform.consumer.EventHandler;

/**
 * A consumer whose tables are one of the read models a rebuild replays from the topics and swaps in whole
 * ({@link RebuildSchema#READ_MODELS}); one per topic. Other consumers of this service (the case search) keep
 * their own tables and inbox rows across a rebuild.
 */
public interface Projection extends EventHandler {
}
