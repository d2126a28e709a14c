package com.careline.inquiry.knowledge;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.careline.inquiry.inquiry.Topic;
import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;

/**
 * A knowledge-base article (物流知识库): a typical question and its answer. 002 line 32 has the knowledge
 * base kept by the service desk's managers (客服部管理人员): what an agent writes is {@link Status#PROPOSED}
 * until a supervisor or manager publishes it.
 */
@Entity
public class Article {

    public enum Status {
        PROPOSED, PUBLISHED
    }

    @Id
    private UUID id;
    private String question;
    private String answer;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    /** Comma-separated. */
    private String tags;
    /** Lower-cased question, answer, topic and tags: what search matches, under a trigram index. */
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "source_inquiry_id")
    private UUID sourceInquiryId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    protected Article() {
    }

    /** @param publish written by a supervisor or manager: published at once */
    public static Article write(String question, String answer, Topic topic, List<String> tags, UUID sourceInquiryId,
            String by, Instant at, boolean publish) {
        Article a = new Article();
        a.id = TimeOrderedIds.next();
        a.sourceInquiryId = sourceInquiryId;
        a.createdBy = by;
        a.createdAt = at;
        a.status = Status.PROPOSED;
        a.edit(question, answer, topic, tags, at);
        if (publish) {
            a.publish(by, at);
        }
        return a;
    }

    public void publish(String by, Instant at) {
        if (status == Status.PUBLISHED) {
            throw new Conflict("article " + id + " is published already");
        }
        status = Status.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** An agent edits only their own proposal; supervisors and managers edit any article. */
    public boolean editableBy(String user, boolean manager) {
        return manager || status == Status.PROPOSED && createdBy.equals(user);
    }

    public Status status() {
        return status;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public void edit(String question, String answer, Topic topic, List<String> tags, Instant at) {
        this.question = question.strip();
        this.answer = answer.strip();
        this.topic = topic;
        this.tags = String.join(",", tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
        this.searchText = SearchTerms.normalise(this.question + "\n" + this.answer + "\n" + topic.name() + "\n"
                + this.tags.replace(',', ' '));
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public Topic topic() {
        return topic;
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public UUID sourceInquiryId() {
        return sourceInquiryId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
