package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "careline.claims.approval")
public interface ApprovalConfig {

    /**
     * Role name to the highest payable amount (CNY) it may approve (003: above a threshold a manager
     * approves). Roles not listed approve nothing. Values are in application.properties.
     */
    Map<String, BigDecimal> limits();
}
