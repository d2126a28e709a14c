package com.careline.inquiry.inquiry;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The commands of an inquiry's life, as request bodies. */
public final class InquiryCommands {

    private InquiryCommands() {
    }

    /**
     * The inquiry form (业务咨询单). With {@code answer} the receiver answered at once and the inquiry is
     * closed; without it the inquiry waits for an answer or a dispatch and its clocks run.
     */
    public record RegisterInquiry(
            @NotNull Channel channel,
            @NotNull Topic topic,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, _ or -")
            @Schema(example = "NORTHWEST", description = "business region, the routing key with the topic") String region,
            @NotBlank @Size(max = 100) @Schema(example = "王先生") String customerName,
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{4,19}", message = "must be 5 to 20 digits, spaces or -")
            @Schema(example = "13800000001") String phone,
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be letters, digits or -")
            @Schema(example = "SF100000001") String waybillNo,
            @NotBlank @Size(max = 10_000) @Schema(example = "从银川寄100箱方便面到天津多少钱？") String content,
            @Size(max = 10_000) @Schema(description = "the answer given at once; closes the inquiry") String answer,
            @Schema(description = "the knowledge-base article the answer came from") UUID articleId,
            @Size(max = 40) @Schema(description = "the caller's customer number (/api/customers); without it the "
                    + "inquiry is linked to the customer who has its phone", example = "SZC202612000001")
            String customerNumber) {

        Inquiry.Form form() {
            return new Inquiry.Form(channel, topic, region.strip().toUpperCase(), customerName.strip(),
                    phone.strip(), waybillNo, content.strip());
        }
    }

    /** The answer: given at once by the receiver (no work order) or recorded by the work order's handler. */
    public record AnswerInquiry(
            @NotBlank @Size(max = 10_000) @Schema(example = "银川到天津按2000千克计费，合计2545.20元") String answer,
            UUID articleId) {
    }

    /** Dispatch by the rule table; {@code department}/{@code queue} override the route when both are given. */
    public record DispatchInquiry(
            @Size(max = 60) String department,
            @Size(max = 60) String queue,
            @Size(max = 2000) String note) {
    }

    public record ReplyToCustomer(@Size(max = 2000) @Schema(example = "已电话告知客户") String note) {
    }

    public record RecordSatisfaction(
            @NotNull Boolean satisfied,
            @Schema(description = "required when not satisfied") DissatisfactionCause cause,
            @Size(max = 2000) String comment) {
    }

    /** Why an inquiry is archived before its planned survey has a result; not needed otherwise. */
    public record ArchiveInquiry(
            @Size(max = 2000) @Schema(example = "客户表示不需要回访") String reason) {

        String reasonOrNull() {
            return reason == null || reason.isBlank() ? null : reason.strip();
        }
    }
}
