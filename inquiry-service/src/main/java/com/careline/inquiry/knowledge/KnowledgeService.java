package com.careline.inquiry.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import com.careline.inquiry.inquiry.Inquiry;
import com.careline.inquiry.inquiry.InquiryService;
import com.careline.inquiry.inquiry.InquiryStatus;
import com.careline.inquiry.knowledge.KnowledgeCommands.ArticleView;
import com.careline.inquiry.knowledge.KnowledgeCommands.PromoteAnswer;
import com.careline.inquiry.knowledge.KnowledgeCommands.WriteArticle;
import com.careline.inquiry.inquiry.Topic;
import com.careline.platform.errors.NotFound;
import com.careline.platform.paging.Page;
import com.careline.platform.security.CurrentUser;
import io.quarkus.logging.Log;

/**
 * The knowledge base: write, edit, search, and promote an inquiry's answer to an article; supervisors and
 * managers publish, agents propose (002: 客服部管理人员 keep the knowledge base).
 */
@ApplicationScoped
public class KnowledgeService {

    private final ArticleRepository articles;
    private final InquiryService inquiries;
    private final CurrentUser user;
    private final Clock clock;

    KnowledgeService(ArticleRepository articles, InquiryService inquiries, CurrentUser user, Clock clock) {
        this.articles = articles;
        this.inquiries = inquiries;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ArticleView> search(String query, Topic topic, Article.Status status, int page, int size) {
        List<String> terms = query == null ? List.of() : SearchTerms.terms(query);
        return articles.search(terms, topic, status == null ? Article.Status.PUBLISHED : status, page, size)
                .map(ArticleView::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView get(UUID id) {
        return ArticleView.from(require(id));
    }

    @Transactional
    public ArticleView write(WriteArticle command) {
        Article a = Article.write(command.question(), command.answer(), command.topic(), command.tagList(), null,
                user.id(), clock.instant(), manager());
        articles.persist(a);
        Log.infof("article %s written by %s, %s", a.id(), user.id(), a.status());
        return ArticleView.from(a);
    }

    @Transactional
    public ArticleView edit(UUID id, WriteArticle command) {
        Article a = require(id);
        if (!a.editableBy(user.id(), manager())) {
            throw new ForbiddenException("agents edit their own proposals; supervisors and managers edit the rest");
        }
        a.edit(command.question(), command.answer(), command.topic(), command.tagList(), clock.instant());
        articles.flush();
        return ArticleView.from(a);
    }

    /** A supervisor or manager publishes a proposal (the resource admits only them). */
    @Transactional
    public ArticleView publish(UUID id) {
        Article a = require(id);
        a.publish(user.id(), clock.instant());
        return ArticleView.from(a);
    }

    @Transactional
    public void delete(UUID id) {
        articles.delete(require(id));
    }

    /** A typical question with its answer goes into the knowledge base (002). */
    @Transactional
    public ArticleView promote(UUID inquiryId, PromoteAnswer command) {
        Inquiry q = inquiries.require(inquiryId);
        q.status().require(InquiryStatus.Step.PROMOTE);
        String question = command == null || command.question() == null || command.question().isBlank()
                ? q.content() : command.question();
        Article a = Article.write(question, q.answer(), q.topic(),
                command == null || command.tags() == null ? List.of() : command.tags(), q.id(), user.id(),
                clock.instant(), manager());
        articles.persist(a);
        Log.infof("answer of inquiry %s promoted to article %s", q.number(), a.id());
        return ArticleView.from(a);
    }

    private boolean manager() {
        return user.isServiceManagement();
    }

    private Article require(UUID id) {
        Article a = articles.findById(id);
        if (a == null) {
            throw new NotFound("article", id);
        }
        return a;
    }
}
