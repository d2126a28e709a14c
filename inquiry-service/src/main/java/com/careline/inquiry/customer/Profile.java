package com.careline.inquiry.customer;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.careline.platform.errors.InvalidRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What 001 collects about a customer (客户信息采集), stored as one JSONB document: on a new customer its
 * industry, ownership type, staff size, regions covered, business condition and credit (新增客户的信息采集), and
 * their sending needs (个性化收派需求): what they weigh in choosing a carrier (price, speed, safety), volume,
 * weight range, monthly spend, usual send time, packing needs and main destinations. Every field is optional:
 * the desk fills in what the customer tells. Bean Validation checks each field; {@link #check()} what spans two.
 */
public record Profile(
        @Size(max = 100) @Schema(example = "电子商务") String industry,
        @Schema(description = "企业性质") Ownership ownershipType,
        @Min(1) @Max(10_000_000) @Schema(description = "员工人数", example = "120") Integer staffSize,
        @Size(max = 50) @Schema(description = "组织覆盖区域", example = "[\"华南\",\"华东\"]")
        List<@NotBlank @Size(max = 60) String> regionsCovered,
        @Schema(description = "经营状况") Condition businessCondition,
        @Schema(description = "公司信用") Condition credit,
        @Size(max = 3) @Schema(description = "what they weigh in choosing a carrier, most important first")
        List<Criterion> weighs,
        @Min(0) @Max(100_000_000) @Schema(description = "shipments a month", example = "300") Integer monthlyVolume,
        @DecimalMin("0") @DecimalMax("100000") @Schema(example = "0.5") BigDecimal minWeightKg,
        @DecimalMin("0") @DecimalMax("100000") @Schema(example = "20") BigDecimal maxWeightKg,
        @DecimalMin("0") @DecimalMax("1000000000") @Schema(description = "CNY a month", example = "8000")
        BigDecimal monthlySpend,
        @Pattern(regexp = TIMES, message = "must be HH:mm or HH:mm-HH:mm")
        @Schema(description = "习惯发件时间", example = "16:00-18:00") String usualSendTime,
        @Size(max = 500) @Schema(description = "包装要求", example = "易碎品需木箱") String packingNeeds,
        @Size(max = 50) @Schema(description = "发往的主要目的地", example = "[\"上海\",\"北京\"]")
        List<@NotBlank @Size(max = 60) String> mainDestinations) {

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String TIMES = TIME + "(-" + TIME + ")?";

    /** 企业性质. */
    public enum Ownership {
        STATE_OWNED, COLLECTIVE, PRIVATE, JOINT_VENTURE, FOREIGN_OWNED, INDIVIDUAL, PUBLIC_INSTITUTION, OTHER
    }

    /** How a business condition or a credit is rated. */
    public enum Condition {
        GOOD, FAIR, POOR
    }

    /** 客户选用标准的主要因素 (001): price, speed (时效性), safety. */
    public enum Criterion {
        PRICE, SPEED, SAFETY
    }

    /**
     * The rules across fields, as a 400 naming the field ({@code profile.maxWeightKg}): a weight range that
     * starts above its end, a send-time window that ends before it starts, a criterion named twice.
     */
    public void check() {
        if (minWeightKg != null && maxWeightKg != null && minWeightKg.compareTo(maxWeightKg) > 0) {
            throw new InvalidRequest("profile.maxWeightKg", "must not be below minWeightKg");
        }
        if (usualSendTime != null && usualSendTime.length() == 11
                && usualSendTime.substring(6).compareTo(usualSendTime.substring(0, 5)) <= 0) {
            throw new InvalidRequest("profile.usualSendTime", "must end after it starts");
        }
        if (weighs != null
                && (weighs.stream().anyMatch(Objects::isNull) || new HashSet<>(weighs).size() < weighs.size())) {
            throw new InvalidRequest("profile.weighs", "must name each of PRICE, SPEED, SAFETY at most once");
        }
    }
}
