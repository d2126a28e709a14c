package com.careline.inquiry.inquiry;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.careline.inquiry.inquiry.InquiryStatus.Step;
import com.careline.inquiry.routing.Route;
import com.careline.platform.errors.Conflict;
import com.careline.platform.ids.TimeOrderedIds;
import com.careline.platform.timeline.JournaledCase;

/**
 * A customer's inquiry (业务咨询单, 002) and the work order (工单) dispatched for it. Plain entity: every
 * state change goes through a method that checks the status first, so an illegal step is a 409.
 */
@Entity
public class Inquiry implements JournaledCase {

    @Id
    private UUID id;
    private String number;
    private String branch;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    private String region;
    @Enumerated(EnumType.STRING)
    private InquiryStatus status;
    @Column(name = "customer_name")
    private String customerName;
    private String phone;
    /** The keyed hash of the phone (PhoneKeys), by which the inquiry is linked to its customer. */
    @Column(name = "phone_key")
    private String phoneKey;
    /** The customer record it is of (001), when known. */
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "waybill_no")
    private String waybillNo;
    private String content;
    private String owner;
    private boolean proactive;
    private String department;
    private String queue;
    @Column(name = "rule_id")
    private UUID ruleId;
    private int rounds;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "article_id")
    private UUID articleId;
    private Boolean satisfied;
    @Enumerated(EnumType.STRING)
    @Column(name = "dissatisfaction_cause")
    private DissatisfactionCause dissatisfactionCause;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "dispatched_at")
    private Instant dispatchedAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "surveyed_at")
    private Instant surveyedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "archived_at")
    private Instant archivedAt;
    @Column(name = "archive_reason")
    private String archiveReason;
    /** The follow-up survey revisit-service planned, until it has a result (002 3 (3)). */
    @Column(name = "survey_revisit_id")
    private UUID surveyRevisitId;
    @Version
    private long version;

    protected Inquiry() {
    }

    /** The inquiry form as the receiver fills it in. */
    public record Form(Channel channel, Topic topic, String region, String customerName, String phone,
            String waybillNo, String content) {
    }

    /**
     * Registers the form; whoever receives it owns it (首问负责制). The correlation id is the waybill, else
     * the inquiry itself.
     */
    public static Inquiry register(String number, String branch, String owner, Form form, boolean proactive,
            Instant receivedAt) {
        Inquiry q = new Inquiry();
        q.id = TimeOrderedIds.next();
        q.number = number;
        q.branch = branch;
        q.owner = owner;
        q.channel = form.channel();
        q.topic = form.topic();
        q.region = form.region();
        q.customerName = form.customerName();
        q.phone = form.phone();
        q.waybillNo = form.waybillNo();
        q.content = form.content();
        q.proactive = proactive;
        q.status = InquiryStatus.REGISTERED;
        q.correlationId = form.waybillNo() != null ? form.waybillNo() : q.id.toString();
        q.receivedAt = receivedAt;
        return q;
    }

    /** The customer it is of (null: not known yet) and its phone's keyed hash (null: no phone number). */
    public void identify(UUID customerId, String phoneKey) {
        this.customerId = customerId;
        this.phoneKey = phoneKey;
    }

    /** The receiver answers from the business system or the knowledge base and closes it. */
    public void answerAtOnce(String answer, UUID articleId, String by, Instant at) {
        status.require(Step.ANSWER_AT_ONCE);
        this.answer = answer;
        this.articleId = articleId;
        this.answeredBy = by;
        this.answeredAt = at;
        this.closedAt = at;
        this.status = InquiryStatus.CLOSED;
    }

    public void dispatch(Route route, Instant at) {
        status.require(Step.DISPATCH);
        route(route, at);
    }

    /** An unsatisfied result caused by the company: the work order runs again (002). */
    public void sendBack(Route route, Instant at) {
        status.require(Step.SEND_BACK);
        route(route, at);
    }

    private void route(Route route, Instant at) {
        department = route.department();
        queue = route.queue();
        ruleId = route.ruleId();
        rounds++;
        dispatchedAt = at;
        answer = null;
        answeredAt = null;
        answeredBy = null;
        repliedAt = null;
        closedAt = null;
        status = InquiryStatus.DISPATCHED;
    }

    public void recordAnswer(String answer, UUID articleId, String by, Instant at) {
        status.require(Step.RECORD_ANSWER);
        this.answer = answer;
        this.articleId = articleId;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = InquiryStatus.ANSWERED;
    }

    public void reply(Instant at) {
        status.require(Step.REPLY);
        repliedAt = at;
        status = InquiryStatus.REPLIED;
    }

    public void recordSatisfaction(boolean satisfied, DissatisfactionCause cause, Instant at) {
        status.require(Step.RECORD_SATISFACTION);
        this.satisfied = satisfied;
        this.dissatisfactionCause = satisfied ? null : cause;
        this.surveyedAt = at;
        this.status = InquiryStatus.SURVEYED;
        // the planned follow-up survey is moot now (revisit-service cancels it): archiving need not wait for it
        this.surveyRevisitId = null;
    }

    /**
     * Archives the inquiry. While a follow-up survey is planned it has no result yet, so archiving needs a
     * reason (002 3 (3): the survey's result belongs in the archive).
     */
    public void archive(Instant at, String reason) {
        status.require(Step.ARCHIVE);
        if (surveyRevisitId != null && reason == null) {
            throw new Conflict("inquiry " + number + " has a follow-up survey planned (revisit " + surveyRevisitId
                    + "): archive it once the survey has a result, or give the reason to archive it now");
        }
        archivedAt = at;
        archiveReason = reason;
        status = InquiryStatus.ARCHIVED;
    }

    /** revisit-service planned a survey of this inquiry; an archived inquiry takes none. */
    public void surveyPlanned(UUID revisitId) {
        if (status != InquiryStatus.ARCHIVED) {
            surveyRevisitId = revisitId;
        }
    }

    /** The planned survey was completed, cancelled or gave up. */
    public void surveyEnded(UUID revisitId) {
        if (revisitId.equals(surveyRevisitId)) {
            surveyRevisitId = null;
        }
    }

    public String archiveReason() {
        return archiveReason;
    }

    public UUID surveyRevisitId() {
        return surveyRevisitId;
    }

    @Override
    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String branch() {
        return branch;
    }

    public Channel channel() {
        return channel;
    }

    public Topic topic() {
        return topic;
    }

    public String region() {
        return region;
    }

    public InquiryStatus status() {
        return status;
    }

    public String customerName() {
        return customerName;
    }

    public String phone() {
        return phone;
    }

    public UUID customerId() {
        return customerId;
    }

    public String waybillNo() {
        return waybillNo;
    }

    public String content() {
        return content;
    }

    public String owner() {
        return owner;
    }

    public boolean isProactive() {
        return proactive;
    }

    public String department() {
        return department;
    }

    public String queue() {
        return queue;
    }

    public UUID ruleId() {
        return ruleId;
    }

    public int rounds() {
        return rounds;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public UUID articleId() {
        return articleId;
    }

    public Boolean satisfied() {
        return satisfied;
    }

    public DissatisfactionCause dissatisfactionCause() {
        return dissatisfactionCause;
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public Instant surveyedAt() {
        return surveyedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public long version() {
        return version;
    }
}
