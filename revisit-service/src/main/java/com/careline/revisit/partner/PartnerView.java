package com.careline.revisit.partner;

import java.time.Instant;
import java.util.UUID;

public record PartnerView(UUID id, String name, PartnerType type, String branch, String contactName, String phone,
        boolean active, Instant registeredAt) {

    public static PartnerView from(Partner p) {
        return new PartnerView(p.id(), p.name(), p.type(), p.branch(), p.contactName(), p.phone(), p.isActive(),
                p.registeredAt());
    }
}
