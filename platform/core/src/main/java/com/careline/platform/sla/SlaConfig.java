package com.careline.platform.sla;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * The time limits of a service, by clock kind, e.g.
 * <pre>
 * careline.sla.policies.complaint-first-response.duration=PT1H
 * careline.sla.policies.complaint-first-response.basis=CALENDAR
 * careline.sla.policies.complaint-first-response.ladder[0].escalate-to=SUPERVISOR
 * careline.sla.policies.complaint-first-response.ladder[1].after=PT1H
 * careline.sla.policies.complaint-first-response.ladder[1].escalate-to=CS_MANAGER
 * </pre>
 */
@ConfigMapping(prefix = "careline.sla")
public interface SlaConfig {

    /** How often the ticker looks for due clocks; {@code off} in tests, which call {@code tick()} themselves. */
    @WithDefault("1s")
    String tickInterval();

    /** Most clocks one tick transaction escalates; a tick runs batches until none is due. */
    @WithDefault("500")
    @Min(1)
    int batchSize();

    Map<String, Policy> policies();

    interface Policy {
        /**
         * The limit from the clock's start. Left out for a clock whose due time its case sets (a follow-up
         * call's window, whose days are configured once, with the window): such a clock starts with
         * {@link SlaClock#startUntil}, and only its ladder comes from here.
         */
        Optional<Duration> duration();

        @WithDefault("CALENDAR")
        TimeBasis basis();

        List<Rung> ladder();
    }

    interface Rung {
        /** After the due time, in the policy's basis; 0 for the breach itself. */
        @WithDefault("PT0S")
        Duration after();

        String escalateTo();
    }
}
