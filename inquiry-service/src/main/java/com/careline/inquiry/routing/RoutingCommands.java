package com.careline.inquiry.routing;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.careline.inquiry.inquiry.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rule-table requests and views. */
public final class RoutingCommands {

    private RoutingCommands() {
    }

    /** A rule; leave {@code region} or {@code topic} out to match any. */
    public record SaveRule(
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, _ or -")
            @Schema(example = "NORTHWEST") String region,
            Topic topic,
            @NotBlank @Size(max = 60) @Schema(example = "OPERATIONS") String department,
            @NotBlank @Size(max = 60) @Schema(example = "YC-OPS") String queue) {
    }

    public record RuleView(UUID id, String region, Topic topic, String department, String queue, String updatedBy,
            Instant updatedAt, long version) {

        static RuleView from(RoutingRule r) {
            return new RuleView(r.id(), r.region(), r.topic() == null ? null : Topic.valueOf(r.topic()),
                    r.department(), r.queue(), r.updatedBy(), r.updatedAt(), r.version());
        }
    }

    /** The route a work order of {@code region} and {@code topic} would take now. */
    public record RouteView(String region, Topic topic, String department, String queue, UUID ruleId,
            boolean defaultRoute) {
    }
}
