package com.careline.claims.document;

import static com.careline.claims.document.DocumentType.BILL_OF_LADING;
import static com.careline.claims.document.DocumentType.INCIDENT_NOTICE;
import static com.careline.claims.document.DocumentType.INSURANCE_POLICY;
import static com.careline.claims.document.DocumentType.TRANSPORT_CONTRACT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careline.claims.claim.ClaimType;
import org.junit.jupiter.api.Test;

class DocumentChecklistTest {

    private final DocumentChecklist checklist = new DocumentChecklist(everyType(Set.of(INCIDENT_NOTICE,
            BILL_OF_LADING)), Set.of(INSURANCE_POLICY));

    @Test
    void insuranceAddsThePolicy() {
        assertThat(checklist.requiredFor(ClaimType.LOSS, false), is(Set.of(INCIDENT_NOTICE, BILL_OF_LADING)));
        assertThat(checklist.requiredFor(ClaimType.LOSS, true),
                is(Set.of(INSURANCE_POLICY, INCIDENT_NOTICE, BILL_OF_LADING)));
    }

    @Test
    void completeWhenEveryRequiredTypeIsInExtrasNotWithstanding() {
        var partial = checklist.status(ClaimType.DAMAGE, false, List.of(INCIDENT_NOTICE, TRANSPORT_CONTRACT));
        var full = checklist.status(ClaimType.DAMAGE, false, List.of(BILL_OF_LADING, INCIDENT_NOTICE, INCIDENT_NOTICE));

        assertThat(partial.isComplete(), is(false));
        assertThat(partial.missing(), is(List.of(BILL_OF_LADING)));
        assertThat(full.isComplete(), is(true));
        assertThat(full.missing(), is(List.of()));
    }

    @Test
    void everyClaimTypeMustHaveRequiredDocuments() {
        var incomplete = new EnumMap<ClaimType, Set<DocumentType>>(everyType(Set.of(INCIDENT_NOTICE)));
        incomplete.remove(ClaimType.DELAY);

        assertThrows(IllegalArgumentException.class, () -> new DocumentChecklist(incomplete, Set.of()));
    }

    private static Map<ClaimType, Set<DocumentType>> everyType(Set<DocumentType> documents) {
        var map = new EnumMap<ClaimType, Set<DocumentType>>(ClaimType.class);
        for (ClaimType type : ClaimType.values()) {
            map.put(type, documents);
        }
        return map;
    }
}
