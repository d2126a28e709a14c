package com.careline.claims.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.claims.api.ClaimView;
import com.careline.claims.claim.Claim;
import com.careline.claims.claim.ClaimRepository;
import com.careline.claims.claim.ClaimService;
import com.careline.claims.claim.ClaimType;
import com.careline.claims.compensation.CompensationSource;
import com.careline.claims.document.StageCheck;
import com.careline.claims.shipment.WaybillPickups;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.events.claim.ClaimClocks;
import com.careline.platform.events.claim.ClaimEvents;
import com.careline.platform.numbers.CaseNumbers;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.sla.SlaClocks;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.validity.ValidityPeriod;
import io.quarkus.logging.Log;

/** Opening a claim in one transaction: number, persist, reply clock, timeline and event. */
@ApplicationScoped
@Transactional
public class IntakeService {

    private final ClaimRepository claims;
    private final CaseNumbers numbers;
    private final ClaimService service;
    private final CaseJournal journal;
    private final SlaClocks clocks;
    private final ClaimAmounts amounts;
    private final CurrentUser user;
    private final ValidityPeriod validity;
    private final WaybillPickups pickups;
    private final StageCheck stages;
    private final PhoneKeys phoneKeys;
    private final Clock clock;

    IntakeService(ClaimRepository claims, CaseNumbers numbers, ClaimService service, CaseJournal journal,
            SlaClocks clocks, IntakeConfig config, CurrentUser user, ValidityPeriod validity, WaybillPickups pickups,
            StageCheck stages, PhoneKeys phoneKeys, Clock clock) {
        this.claims = claims;
        this.numbers = numbers;
        this.service = service;
        this.journal = journal;
        this.clocks = clocks;
        this.amounts = new ClaimAmounts(config.currency());
        this.user = user;
        this.validity = validity;
        this.pickups = pickups;
        this.stages = stages;
        this.phoneKeys = phoneKeys;
        this.clock = clock;
    }

    /** The caller's branch receives the claim and owns it while documents are gathered (000). */
    public ClaimView open(OpenClaim form) {
        if (!form.type().isOpenedAtDesk()) {
            throw new InvalidRequest("type", "a " + form.type() + " claim is opened by a complaint's compensation"
                    + " only");
        }
        // the form's date and the branches' pickup scan both hold: the form cannot move a scanned pickup
        validity.requireRaisable("pickedUpOn", form.pickedUpOn());
        pickups.pickedUpOn(form.waybillNo().strip()).ifPresent(d -> validity.requireRaisableScanned("waybillNo", d));
        String currency = amounts.check(form.currency(), form.declaredValue(), form.insured(), form.insuredAmount(),
                form.amountClaimed());
        var particulars = new Claim.Particulars(form.type(), form.waybillNo().strip(), form.claimant(), form.phone(),
                form.declaredValue(), form.insured(), form.insuredAmount(), form.freight(), form.amountClaimed(),
                currency, form.description());
        return service.view(open(user.branch(), particulars, null, form.correlationId(), user.id()));
    }

    /** Opens a claim on a shipment exception; the claimant's particulars follow by {@link #restate}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim openFromException(String branch, String waybillNo, ClaimType type, String exceptionKind,
            String description, String correlationId, String actor) {
        var particulars = new Claim.Particulars(type, waybillNo, null, null, null, false, null, null, null,
                amounts.currency(), description);
        return open(branch, particulars, exceptionKind, correlationId, actor);
    }

    /**
     * Opens the claim that pays a complaint's compensation (003), at the complaint's branch, ready to pay: no
     * reply clock (the decision answered the customer), and the 7-day payment clock (001) from the decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim openForCompensation(String branch, ClaimType type, String waybillNo, String claimant, String phone,
            BigDecimal amount, String description, CompensationSource source, String actor) {
        var now = clock.instant();
        var particulars = new Claim.Particulars(type, waybillNo, claimant, phone, null, false, null, null, amount,
                amounts.currency(), description);
        Claim c = Claim.forCompensation(numbers.next(CaseNumbers.Kind.CLAIM, branch, now), branch, particulars,
                source, actor, now);
        claims.persist(c);
        clocks.startNew(c.id().toString(), ClaimClocks.PAYMENT, c.correlationId(), branch, source.decidedAt());
        journal.record(c, actor, "opened", "compensation of " + amount + " " + c.currency() + " "
                + source.decision().name().toLowerCase() + " on complaint " + source.complaintNumber() + " by "
                + source.decidedBy()
                + (source.authorisedBy() == null ? "" : ", authorised by " + source.authorisedBy()),
                ClaimEvents.OPENED, opened(c));
        Log.infof("claim %s opened at branch %s to pay complaint %s's compensation, correlation %s", c.number(),
                branch, source.complaintNumber(), c.correlationId());
        return c;
    }

    public ClaimView restate(UUID id, RestateClaim form) {
        Claim c = service.visible(id);
        String currency = amounts.check(form.currency(), form.declaredValue(), form.insured(), form.insuredAmount(),
                form.amountClaimed());
        boolean changed = c.restate(new Claim.Particulars(c.type(), c.waybillNo(), form.claimant(), form.phone(),
                form.declaredValue(), form.insured(), form.insuredAmount(), form.freight(), form.amountClaimed(),
                currency, form.description()));
        if (!changed) {
            return service.view(c);
        }
        journal.record(c, user.id(), "restated", "claimed " + form.amountClaimed() + " " + currency
                + " of declared " + form.declaredValue() + (form.insured() ? ", insured " + form.insuredAmount() : ""),
                ClaimEvents.PARTICULARS_STATED, opened(c));
        stages.returnIfIncomplete(c); // insured now: the policy is newly required
        return service.view(c);
    }

    private Claim open(String branch, Claim.Particulars particulars, String exceptionKind, String correlationId,
            String actor) {
        var now = clock.instant();
        String number = numbers.next(CaseNumbers.Kind.CLAIM, branch, now);
        Claim c = Claim.open(number, branch, particulars, exceptionKind, correlationId, actor, now);
        claims.persist(c);
        clocks.startNew(c.id().toString(), ClaimClocks.REPLY, c.correlationId(), branch);
        journal.record(c, actor, "opened", c.type() + " claim on waybill " + c.waybillNo()
                + (exceptionKind == null ? "" : " from shipment exception " + exceptionKind),
                ClaimEvents.OPENED, opened(c));
        Log.infof("claim %s opened at branch %s on waybill %s, correlation %s", number, branch, c.waybillNo(),
                c.correlationId());
        return c;
    }

    private ClaimEvents.Opened opened(Claim c) {
        return new ClaimEvents.Opened(c.id(), c.number(), c.branch(), c.waybillNo(), c.type().name(), c.claimant(),
                c.declaredValue(), c.isInsured(), c.insuredAmount(), c.amountClaimed(), c.currency(),
                c.exceptionKind(), c.openedBy(), c.openedAt(), c.origin().name(),
                phoneKeys.party(null, c.claimant(), c.phone()));
    }
}
