package com.careline.revisit.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.careline.platform.ids.TimeOrderedIds;

/** A business partner of a branch, called once a month while active. */
@Entity
public class Partner {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private PartnerType type;
    private String branch;
    @Column(name = "contact_name")
    private String contactName;
    private String phone;
    private boolean active;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String name, PartnerType type, String branch, String contactName, String phone, Instant at) {
        this.id = TimeOrderedIds.next();
        this.name = name;
        this.type = type;
        this.branch = branch;
        this.contactName = contactName;
        this.phone = phone;
        this.active = true;
        this.registeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PartnerType type() {
        return type;
    }

    public String branch() {
        return branch;
    }

    public String contactName() {
        return contactName;
    }

    public String phone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
