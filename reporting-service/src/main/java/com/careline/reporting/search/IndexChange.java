package com.careline.reporting.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.careline.platform.events.Party;

/** What one event changes in the search's read model: {@link IndexChanges} reads them off the events. */
sealed interface IndexChange {

    /** A case opened, or its particulars restated: inserted with {@code status}, else its particulars replaced. */
    record Opened(String caseId, CaseKind kind, String number, String branch, String status, String waybillNo,
            Party party, String aboutKind, String aboutId, Instant openedAt) implements IndexChange {
    }

    /** The case is now in {@code status}; an ended case has no overdue clock any more. */
    record Status(String caseId, String status, boolean ended, Instant at) implements IndexChange {
    }

    /** A clock passed its deadline, or went a rung up its ladder. */
    record Overdue(String caseId, String clockKind, int level, String escalateTo, Instant dueAt)
            implements IndexChange {
    }

    /** The customer's answer to a survey: satisfied or not, and the mean of the RATER scores if they gave them. */
    record Survey(String caseId, boolean satisfied, BigDecimal score) implements IndexChange {
    }

    /** A complaint transferred to a responsible department of {@code branch}, which sees it from now on. */
    record Handover(String caseId, String branch) implements IndexChange {
    }

    /** The customer record as it now is (registered, changed). */
    record Customer(UUID customerId, String number, String name, String branch, List<String> phoneKeys)
            implements IndexChange {
    }

    /** {@code duplicate}'s cases and phones belong to {@code survivor} from now on. */
    record Merged(String survivor, UUID duplicateId, String duplicate, String branch) implements IndexChange {
    }
}
