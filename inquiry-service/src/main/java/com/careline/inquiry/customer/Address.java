package com.careline.inquiry.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address as the desk writes it down (名址): what it is for, where, and whom to ask for there. */
public record Address(
        @Size(max = 40) @Schema(description = "what it is for", example = "仓库") String label,
        @Size(max = 40) @Schema(example = "广东省") String province,
        @NotBlank @Size(max = 40) @Schema(example = "深圳市") String city,
        @Size(max = 40) @Schema(example = "宝安区") String district,
        @NotBlank @Size(max = 200) @Schema(example = "福永街道凤凰路88号") String line,
        @Pattern(regexp = "[0-9]{6}", message = "must be six digits") @Schema(example = "518103") String postcode,
        @Size(max = 100) @Schema(example = "李经理") String contact) {

    /** Without surrounding blanks, blank optional parts as absent. */
    Address tidy() {
        return new Address(opt(label), opt(province), city.strip(), opt(district), line.strip(), opt(postcode),
                opt(contact));
    }

    private static String opt(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
