package com.careline.inquiry.routing;

import java.util.UUID;

/** Where a work order goes; {@code ruleId} is null for the default route. */
public record Route(String department, String queue, UUID ruleId) {
}
