package com.careline.inquiry.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.inquiry.inquiry.Topic;
import com.careline.platform.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /**
     * Articles whose text contains every term (substring, case-insensitive; trigram index), best first:
     * those whose question holds the first term, then by trigram similarity to the whole query.
     */
    @SuppressWarnings("unchecked")
    public Page<Article> search(List<String> terms, Topic topic, Article.Status status, int page, int size) {
        List<String> where = new ArrayList<>();
        where.add("status = :status");
        for (int i = 0; i < terms.size(); i++) {
            where.add("search_text like :t" + i);
        }
        if (topic != null) {
            where.add("topic = :topic");
        }
        String filter = " where " + String.join(" and ", where);
        String order = terms.isEmpty() ? " order by updated_at desc, id"
                : " order by (lower(question) like :t0) desc, similarity(search_text, :q) desc, updated_at desc, id";
        var select = getEntityManager().createNativeQuery("select * from article" + filter + order
                + " limit :limit offset :offset", Article.class);
        var count = getEntityManager().createNativeQuery("select count(*) from article" + filter);
        for (int i = 0; i < terms.size(); i++) {
            select.setParameter("t" + i, SearchTerms.pattern(terms.get(i)));
            count.setParameter("t" + i, SearchTerms.pattern(terms.get(i)));
        }
        select.setParameter("status", status.name());
        count.setParameter("status", status.name());
        if (topic != null) {
            select.setParameter("topic", topic.name());
            count.setParameter("topic", topic.name());
        }
        if (!terms.isEmpty()) {
            select.setParameter("q", String.join(" ", terms));
        }
        select.setParameter("limit", size).setParameter("offset", page * size);
        return new Page<>(select.getResultList(), page, size, ((Number) count.getSingleResult()).longValue());
    }
}
