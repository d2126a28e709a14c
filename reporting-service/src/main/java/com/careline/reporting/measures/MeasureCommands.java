package com.careline.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MeasureCommands {

    private MeasureCommands() {
    }

    public record ProposeMeasure(
            @NotBlank @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as yyyy-MM")
            @Schema(example = "2026-10") String month,
            @NotBlank @Size(max = 40) @Schema(example = "DAMAGE") String cause,
            @NotBlank @Size(max = 4000) @Schema(example = "易碎品加装缓冲材料，装卸双人复核") String measure,
            @NotBlank @Size(max = 100) @Schema(example = "warehouse.manager") String owner,
            LocalDate dueDate) {
    }

    public record ReviseMeasure(@NotBlank @Size(max = 4000) String measure, @NotBlank @Size(max = 100) String owner,
            LocalDate dueDate) {
    }

    public record Decide(@Size(max = 2000) String note) {
    }

    public record Progress(@NotNull PreventiveMeasure.Status status) {
    }

    public record MeasureView(UUID id, String month, String cause, String measure, String owner, LocalDate dueDate,
            PreventiveMeasure.Status status, String proposedBy, String decidedBy, Instant decidedAt, String note,
            long version) {

        static MeasureView from(PreventiveMeasure m) {
            return new MeasureView(m.id(), m.month().toString().substring(0, 7), m.cause(), m.measure(), m.owner(),
                    m.dueDate(), m.status(), m.proposedBy(), m.decidedBy(), m.decidedAt(), m.note(), m.version());
        }
    }
}
