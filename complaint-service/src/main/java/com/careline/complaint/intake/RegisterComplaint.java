package com.careline.complaint.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.careline.complaint.complaint.Category;
import com.careline.complaint.complaint.Channel;
import com.careline.complaint.complaint.Complaint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The complaint form (000) as an agent fills it in. */
public record RegisterComplaint(
        @NotNull Channel channel,
        @NotNull Category category,
        @NotBlank @Size(max = 100) @Schema(example = "王先生") String customerName,
        @Size(max = 40) @Schema(example = "C10001") String customerNumber,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be 5 to 20 digits, spaces or -")
        @Schema(example = "13800000001") String phone,
        @Size(max = 200) @Schema(example = "深圳市南山区科技园") String contact,
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be letters, digits or -")
        @Schema(example = "SF100000001") String waybillNo,
        @NotBlank @Size(max = 10_000) @Schema(example = "快件已经延误三天，还没有送到") String content,
        @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2)
        @Schema(description = "compensation the customer asks for, yuan") BigDecimal claimedCompensation,
        @DecimalMin("0") @DecimalMax("100000000") @Digits(integer = 9, fraction = 2)
        @Schema(description = "estimated loss, yuan") BigDecimal estimatedLoss,
        @Schema(description = "major-complaint reasons the agent ticked on the form")
        Set<@NotNull MajorReason> declaredMajorReasons,
        @Size(max = 100) @Schema(description = "the inquiry or case this complaint came from") String correlationId,
        @Schema(description = "the day the waybill was picked up (收寄), when known: more than a year ago is refused"
                + " (001 处理有效期)", example = "2026-11-28") LocalDate pickedUpOn,
        @Schema(description = "the receiver's judgement of a complaint received outside working hours (003):"
                + " urgent calls the on-duty manager at once and its clocks run from now; otherwise they start"
                + " at the next opening") Boolean urgent) {

    Complaint.Form form() {
        return new Complaint.Form(channel, category, customerName.strip(), customerNumber, phone.strip(), contact,
                waybillNo, content.strip(), claimedCompensation, estimatedLoss);
    }

    Set<MajorReason> declared() {
        return declaredMajorReasons == null ? Set.of() : declaredMajorReasons;
    }
}
