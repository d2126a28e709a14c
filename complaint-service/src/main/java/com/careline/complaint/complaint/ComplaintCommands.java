package com.careline.complaint.complaint;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.careline.complaint.intake.MajorReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the complaint's steps. */
public final class ComplaintCommands {

    private ComplaintCommands() {
    }

    /** The first response reached the customer. */
    public record Acknowledge(@Size(max = 2000) @Schema(example = "已致电客户，说明正在核查") String note) {
    }

    public record TransferComplaint(
            @NotNull Department department,
            @Size(max = 20) @Pattern(regexp = "[A-Z0-9]+", message = "must be an upper-case branch code")
            @Schema(example = "TJ", description = "required when department is BRANCH") String departmentBranch,
            @Size(max = 2000) String note) {
    }

    /** 003: a complaint found major after intake (a supervisor's judgement, with the reasons). */
    public record MarkMajor(@NotEmpty Set<@NotNull MajorReason> reasons,
            @NotBlank @Size(max = 2000) @Schema(example = "客户来电称已联系媒体") String note) {
    }

    public record ReportProgress(@NotBlank @Size(max = 4000) @Schema(example = "已联系承运商，货物在天津中转站") String report) {
    }

    public record ResolveComplaint(@NotBlank @Size(max = 4000) @Schema(example = "已补发货物并致歉") String resolution) {
    }

    public record ReopenComplaint(@NotBlank @Size(max = 2000) @Schema(example = "客户来电：补发的货物仍有破损") String reason) {
    }

    public record ChangeOwner(@NotBlank @Size(max = 100) String owner, @NotBlank @Size(max = 2000) String reason) {
    }

    /** 交接班: every open complaint of one agent goes to another. */
    public record ShiftHandover(@NotBlank @Size(max = 100) String from, @NotBlank @Size(max = 100) String to,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
