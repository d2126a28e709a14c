package com.careline.revisit.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.events.revisit.RevisitEvents;
import com.careline.platform.events.revisit.RevisitScheduled;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import com.careline.revisit.revisit.CaseType;
import com.careline.revisit.revisit.Revisit;
import com.careline.revisit.revisit.RevisitRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Generates each active partner's call of the month, exactly once per partner and month however many
 * instances run: a transaction-scoped advisory lock per month lets one generation run at a time, and the
 * unique (case, round) key turns a second insert into nothing ({@code on conflict do nothing}), so only rows
 * actually inserted get their {@code revisit.scheduled} event.
 */
@ApplicationScoped
public class MonthlyRevisits {

    /** Advisory lock namespace of this job ("REVI"); the second key is the month as yyyyMM. */
    private static final int LOCK_NAMESPACE = 0x52455649;

    private final EntityManager em;
    private final RevisitRepository revisits;
    private final CaseJournal journal;
    private final BusinessCalendar days;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    MonthlyRevisits(EntityManager em, RevisitRepository revisits, CaseJournal journal, BusinessCalendar days,
            PhoneKeys phoneKeys, Clock clock) {
        this.em = em;
        this.revisits = revisits;
        this.journal = journal;
        this.days = days;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    @Scheduled(every = "${careline.revisit.partners.generate-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            QuarkusTransaction.requiringNew().call(this::generateThisMonth);
        } catch (RuntimeException e) {
            Log.warnf("monthly partner revisits failed, next run retries: %s", e.getMessage());
        }
    }

    /** Generates the current month's calls (by the clock, in the calendar's zone); returns the new revisit ids. */
    @Transactional
    public List<UUID> generateThisMonth() {
        return generate(YearMonth.from(days.dateOf(clock.instant())));
    }

    @Transactional
    public List<UUID> generate(YearMonth month) {
        em.createNativeQuery("select count(*) from pg_advisory_xact_lock(:ns, :month)")
                .setParameter("ns", LOCK_NAMESPACE).setParameter("month", month.getYear() * 100 + month.getMonthValue())
                .getSingleResult();
        Instant now = clock.instant();
        MonthlyPlan plan = MonthlyPlan.of(days, month, days.dateOf(now));
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("""
                with created as (
                    insert into revisit (id, case_type, case_id, case_number, round, branch, customer_name, phone,
                        partner_type, correlation_id, status, due_on, deadline, late, attempts, created_at, version)
                    select gen_random_uuid(), :caseType, cast(p.id as text), p.name, :round, p.branch, p.contact_name,
                        p.phone, p.type, cast(p.id as text), 'SCHEDULED', :dueOn, :deadline, false, 0, :now, 0
                    from partner p where p.active and p.registered_at < :monthEnd order by p.id
                    on conflict (case_type, case_id, round) do nothing
                    returning id)
                select cast(id as text) from created""")
                .setParameter("caseType", CaseType.PARTNER.name()).setParameter("round", MonthlyPlan.round(month))
                .setParameter("dueOn", plan.dueOn()).setParameter("deadline", plan.deadline())
                .setParameter("now", now)
                .setParameter("monthEnd", month.plusMonths(1).atDay(1).atStartOfDay(days.zone()).toInstant())
                .getResultList();
        List<UUID> ids = inserted.stream().map(o -> UUID.fromString(o.toString())).toList();
        for (UUID id : ids) {
            Revisit r = revisits.findById(id);
            journal.record(r, Timeline.SYSTEM, "scheduled", "monthly call for " + month + ", on " + plan.dueOn(),
                    RevisitEvents.SCHEDULED, new RevisitScheduled(id, CaseType.PARTNER.name(), r.caseId(),
                            r.caseNumber(), r.branch(), r.dueOn(), r.deadline(), false, null, now,
                            phoneKeys.party(null, r.customerName(), r.phone())));
        }
        Log.infof("partner revisits of %s: %d generated", month, ids.size());
        return ids;
    }
}
