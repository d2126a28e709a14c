package com.careline.reporting.desk.people;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What CS managers and ops send to keep the directory and the roster. */
public final class PeopleCommands {

    private PeopleCommands() {
    }

    public record PutStaff(
            @Schema(example = "深圳主管 李四") @NotBlank @Size(max = 200) String name,
            @Schema(example = "supervisor.sz@example.com") @NotBlank @Email @Size(max = 320) String email,
            @Schema(example = "SZ") @NotBlank @Size(max = 20) String branch,
            @Schema(example = "[\"SUPERVISOR\"]") @NotEmpty List<@NotBlank String> roles) {
    }

    public record AddShift(
            @Schema(example = "CS_MANAGER") @NotBlank String role,
            @Schema(example = "SZ") @NotBlank @Size(max = 20) String branch,
            @Schema(example = "cs.manager.sz") @NotBlank @Size(max = 100) String username,
            @Schema(example = "2026-12-02T10:00:00Z") @NotNull Instant from,
            @Schema(example = "2026-12-03T00:00:00Z") @NotNull Instant to) {
    }
}
