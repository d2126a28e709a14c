package com.careline.platform.ops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why ops discard a parked record or a held outbox row, or hold a case: required, and kept with what it explains. */
public record Reason(@NotBlank @Size(max = 500) String reason) {
}
