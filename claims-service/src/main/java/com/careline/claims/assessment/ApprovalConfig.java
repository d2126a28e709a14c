package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "careline.claims.approval")
public interface ApprovalConfig {

    /**
     * Role name to the highest payable amount (CNY) it may approve (003: above a threshold a manager
     * approves). Roles not listed approve nothing. Values are in application.properties.
     */
    Map<String, BigDecimal> limits();

    /** The role that approves any amount, above the highest limit: the general manager by default. */
    @WithDefault("GENERAL_MANAGER")
    String unlimited();
}
