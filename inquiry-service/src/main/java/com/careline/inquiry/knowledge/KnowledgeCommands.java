package com.careline.inquiry.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.careline.inquiry.inquiry.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Knowledge-base requests and views. */
public final class KnowledgeCommands {

    private KnowledgeCommands() {
    }

    public record WriteArticle(
            @NotBlank @Size(max = 1000) @Schema(example = "哪些物品禁止寄递？") String question,
            @NotBlank @Size(max = 20_000) @Schema(example = "禁寄物品包括易燃易爆物品、管制刀具、毒品……") String answer,
            @NotNull Topic topic,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags) {

        List<String> tagList() {
            return tags == null ? List.of() : tags;
        }
    }

    /** Promotes an inquiry's answer; the question defaults to the inquiry's content. */
    public record PromoteAnswer(
            @Size(max = 1000) String question,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags) {
    }

    public record ArticleView(UUID id, String question, String answer, Topic topic, List<String> tags,
            UUID sourceInquiryId, String createdBy, Instant createdAt, Instant updatedAt, long version,
            Article.Status status, String publishedBy) {

        static ArticleView from(Article a) {
            return new ArticleView(a.id(), a.question(), a.answer(), a.topic(), a.tags(), a.sourceInquiryId(),
                    a.createdBy(), a.createdAt(), a.updatedAt(), a.version(), a.status(), a.publishedBy());
        }
    }
}
