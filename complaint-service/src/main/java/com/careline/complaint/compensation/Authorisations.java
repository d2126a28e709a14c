package com.careline.complaint.compensation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.NotFound;
import com.careline.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The division manager's authorisations to sign compensation off (003: 授权), granted and revoked. */
@ApplicationScoped
public class Authorisations implements PanacheRepositoryBase<Authorisation, UUID> {

    private final CurrentUser user;
    private final Clock clock;

    Authorisations(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public List<Authorisation.View> active() {
        return find("revokedAt is null order by delegate").list().stream().map(Authorisation::view).toList();
    }

    /** Grants {@code delegate} sign-off up to {@code upTo}, replacing (revoking) what they had. */
    @Transactional
    public Authorisation.View grant(String delegate, BigDecimal upTo, String reason) {
        activeOf(delegate).ifPresent(a -> a.revoke(user.id(), clock.instant()));
        flush(); // the old row is revoked before the new one meets the unique index of active ones
        Authorisation a = Authorisation.grant(delegate, upTo, reason, user.id(), clock.instant());
        persist(a);
        return a.view();
    }

    @Transactional
    public void revoke(String delegate) {
        activeOf(delegate).orElseThrow(() -> new NotFound("authorisation of", delegate))
                .revoke(user.id(), clock.instant());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Authorisation> activeOf(String delegate) {
        return find("delegate = ?1 and revokedAt is null", delegate).firstResultOptional();
    }
}
