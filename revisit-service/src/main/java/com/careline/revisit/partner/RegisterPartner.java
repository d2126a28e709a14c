package com.careline.revisit.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business partner to call once a month; {@code branch} defaults to the caller's (only HQ names another). */
public record RegisterPartner(
        @NotBlank @Size(max = 200) @Schema(example = "深圳顺达配送有限公司") String name,
        @NotNull @Schema(example = "DELIVERY_PROVIDER") PartnerType type,
        @Size(max = 20) String branch,
        @Size(max = 100) String contactName,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number") String phone) {
}
