package com.careline.reporting.measures;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.NotFound;
import com.careline.platform.security.CurrentUser;
import com.careline.reporting.measures.MeasureCommands.MeasureView;
import com.careline.reporting.measures.MeasureCommands.ProposeMeasure;
import com.careline.reporting.measures.MeasureCommands.ReviseMeasure;

@ApplicationScoped
@Transactional
public class MeasureService {

    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;

    MeasureService(EntityManager em, CurrentUser user, Clock clock) {
        this.em = em;
        this.user = user;
        this.clock = clock;
    }

    public MeasureView propose(ProposeMeasure command) {
        user.requireHeadquarters("change preventive measures");
        PreventiveMeasure m = PreventiveMeasure.propose(YearMonth.parse(command.month()).atDay(1), command.cause(),
                command.measure(), command.owner(), command.dueDate(), user.id());
        em.persist(m);
        return MeasureView.from(m);
    }

    public MeasureView revise(UUID id, ReviseMeasure command) {
        user.requireHeadquarters("change preventive measures");
        PreventiveMeasure m = find(id);
        m.revise(command.measure(), command.owner(), command.dueDate());
        return MeasureView.from(m);
    }

    public MeasureView decide(UUID id, boolean approved, String note) {
        PreventiveMeasure m = find(id);
        m.decide(approved, user.id(), clock.instant(), note);
        return MeasureView.from(m);
    }

    public MeasureView progress(UUID id, PreventiveMeasure.Status to) {
        PreventiveMeasure m = find(id);
        m.progress(to);
        return MeasureView.from(m);
    }

    public void delete(UUID id) {
        PreventiveMeasure m = find(id);
        m.requireDeletable();
        em.remove(m);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeasureView get(UUID id) {
        return MeasureView.from(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasureView> list(YearMonth month, String cause) {
        return em.createQuery("from PreventiveMeasure where (:month is null or month = :month) "
                + "and (:cause is null or cause = :cause) order by month desc, cause, id", PreventiveMeasure.class)
                .setParameter("month", month == null ? null : month.atDay(1)).setParameter("cause", cause)
                .setMaxResults(500).getResultStream().map(MeasureView::from).toList();
    }

    private PreventiveMeasure find(UUID id) {
        PreventiveMeasure m = em.find(PreventiveMeasure.class, id);
        if (m == null) {
            throw new NotFound("preventive measure", id);
        }
        return m;
    }
}
