package com.careline.revisit.call;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.careline.revisit.revisit.CaseType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often an agent tries to reach a customer, and what follows when the last call fails. */
@ConfigMapping(prefix = "careline.revisit.calls")
public interface CallConfig {

    /** Three tries on three working days: the issue leaves the number to configuration. */
    @WithDefault("3")
    @Min(1)
    @Max(20)
    int maxAttempts();

    /**
     * The cases whose follow-up goes to a supervisor's decision after the last failed call (try again, or
     * close the case as unreachable) instead of ending UNREACHABLE. A complaint is closed only after a
     * satisfied call (003 (5)), so an unreachable customer is the supervisor's call; an inquiry's survey or a
     * partner's monthly call simply ends.
     */
    @WithDefault("COMPLAINT")
    Set<CaseType> decisionAfterLastAttempt();
}
