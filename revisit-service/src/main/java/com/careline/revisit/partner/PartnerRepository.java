package com.careline.revisit.partner;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** Partners of {@code branch} (all when null) of {@code type} (all when null), by name. */
    public Page<Partner> find(String branch, PartnerType type, PageRequest page) {
        StringBuilder hql = new StringBuilder("from Partner p where 1 = 1");
        Parameters params = new Parameters();
        if (branch != null) {
            hql.append(" and p.branch = :branch");
            params.and("branch", branch);
        }
        if (type != null) {
            hql.append(" and p.type = :type");
            params.and("type", type);
        }
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        var query = find(hql.toString(), sort, params).page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(query.list(), page.page(), page.size(), query.count());
    }
}
