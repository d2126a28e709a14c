package com.careline.reporting.desk;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The desk: who sees which work item, the stream's tickets, the mail sender. */
@ConfigMapping(prefix = "careline.desk")
public interface DeskConfig {

    /**
     * Roles that sit at headquarters: an escalation to one of them is addressed to branch {@code HQ}, whatever
     * the case's branch (the head clerk takes every major complaint, 003; the division and general managers
     * sign off for the whole company).
     */
    @WithDefault("HEAD_CLERK,DIVISION_MANAGER,GENERAL_MANAGER")
    Set<String> headquartersRoles();

    /** Roles that also see every item of their own branch, whoever it is addressed to. */
    @WithDefault("SUPERVISOR,CS_MANAGER")
    Set<String> branchWatchers();

    /** Who an urgent complaint received after hours goes to (003: "公司领导", the on-duty manager). */
    @WithDefault("CS_MANAGER")
    String afterHoursRole();

    /** Who makes a branch's follow-up calls: a scheduled call shows in their inbox from its day on. */
    @WithDefault("AGENT")
    String followUpRole();

    /** How long a stream ticket may wait to be used, once. */
    @WithDefault("PT60S")
    Duration ticketLifetime();

    /**
     * How far an inbox counts its items: beyond it the total says "at least" ({@code totalExact=false}), since a
     * branch's years of done items would otherwise be counted on every page (307,850 took 118 ms, run J).
     */
    @WithDefault("10000")
    @Min(1)
    long countUpTo();

    Mail mail();

    Live live();

    interface Mail {

        /** The sender address of the desk's mail. */
        @WithDefault("careline-desk@careline.local")
        String from();

        /** The domain of the Message-ID made from a mail's row id, so that a resend is recognisable. */
        @WithDefault("desk.careline.local")
        String messageIdDomain();

        /** How often unsent mail is looked for (a Quarkus scheduler interval). */
        @WithDefault("10s")
        String interval();

        /** Mails sent per run and pod, each row locked so that other pods skip it. */
        @WithDefault("20")
        @Min(1)
        int batch();

        /** The wait after a first failure; doubled after each one up to {@link #retryMaxDelay()}. */
        @WithDefault("PT30S")
        Duration retryDelay();

        @WithDefault("PT1H")
        Duration retryMaxDelay();
    }

    interface Live {

        /** The PostgreSQL channel every pod listens on. */
        @WithDefault("careline_desk")
        String channel();

        /** How long one wait for notifications lasts before the listener looks whether it should stop. */
        @WithDefault("PT1S")
        Duration poll();

        /** The wait before the listener connects again after losing its connection. */
        @WithDefault("PT2S")
        Duration reconnectDelay();
    }
}
