package com.careline.revisit.partner;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import io.quarkus.logging.Log;

/** Registering and finding business partners, within the caller's branch. */
@ApplicationScoped
@Transactional
public class PartnerService {

    private final PartnerRepository partners;
    private final CurrentUser user;
    private final BranchScope scope;
    private final Clock clock;

    PartnerService(PartnerRepository partners, CurrentUser user, BranchScope scope, Clock clock) {
        this.partners = partners;
        this.user = user;
        this.scope = scope;
        this.clock = clock;
    }

    public PartnerView register(RegisterPartner form) {
        String branch = form.branch() == null || form.branch().isBlank() ? user.branch() : form.branch().strip();
        if (!scope.canSee(branch)) {
            throw new InvalidRequest("branch", "must be your own branch");
        }
        var partner = new Partner(form.name().strip(), form.type(), branch, form.contactName(), form.phone().strip(),
                clock.instant());
        partners.persist(partner);
        Log.infof("partner %s (%s) registered in %s by %s", partner.id(), partner.type(), branch, user.id());
        return PartnerView.from(partner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerView get(UUID id) {
        Partner p = partners.findById(id);
        return PartnerView.from(scope.requireVisible(p, p == null ? null : p.branch(), "partner", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartnerView> list(String branch, PartnerType type, PageRequest page) {
        return partners.find(scope.narrow(branch), type, page).map(PartnerView::from);
    }
}
