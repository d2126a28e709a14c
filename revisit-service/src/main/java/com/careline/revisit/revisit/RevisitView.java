package com.careline.revisit.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.careline.platform.sla.SlaClock;
import com.careline.platform.sla.SlaClockView;

/** A revisit with its calls, its survey (once reached) and its SLA clock. */
public record RevisitView(UUID id, CaseType caseType, String caseId, String caseNumber, String branch,
        String customerName, String phone, String partnerType, RevisitStatus status, LocalDate dueOn,
        Instant deadline, boolean late, String lateReason, Instant receivedAt, Instant resolvedAt, int attempts,
        SurveyView survey, Instant closedAt, String closedBy, String cancelReason,
        /** A supervisor's reason to try again, or to close as unreachable. */
        String decisionReason, List<AttemptView> calls, List<SlaClockView> clocks) {

    public record SurveyView(boolean satisfied, int reliability, int assurance, int tangibles, int empathy,
            int responsiveness, String comments, String suggestions, String newServiceNeeds, String businessLeads,
            DissatisfactionCause cause) {
    }

    public record AttemptView(int attempt, Instant at, String by, AttemptOutcome outcome, String note) {
    }

    public static RevisitView from(Revisit r, List<RevisitAttempt> attempts, List<SlaClock> clocks) {
        SurveyView survey = r.status() == RevisitStatus.COMPLETED
                ? new SurveyView(r.satisfied(), r.reliability(), r.assurance(), r.tangibles(), r.empathy(),
                        r.responsiveness(), r.comments(), r.suggestions(), r.newServiceNeeds(), r.businessLeads(),
                        r.cause())
                : null;
        return new RevisitView(r.id(), r.caseType(), r.caseId(), r.caseNumber(), r.branch(), r.customerName(),
                r.phone(), r.partnerType(), r.status(), r.dueOn(), r.deadline(), r.isLate(), r.lateReason(),
                r.receivedAt(), r.resolvedAt(), r.attempts(), survey, r.closedAt(), r.closedBy(), r.cancelReason(),
                r.decisionReason(),
                attempts.stream().map(a -> new AttemptView(a.attemptNo(), a.at(), a.by(), a.outcome(), a.note()))
                        .toList(),
                clocks.stream().map(SlaClockView::from).toList());
    }
}
