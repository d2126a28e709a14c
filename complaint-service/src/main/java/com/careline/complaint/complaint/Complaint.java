package com.careline.complaint.complaint;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A customer's complaint. Plain entity: state changes go through its methods. */
@Entity
public class Complaint {

    @Id
    private UUID id;
    private String number;
    private String branch;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_number")
    private String customerNumber;
    private String phone;
    private String contact;
    @Column(name = "waybill_no")
    private String waybillNo;
    private String content;
    private String owner;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Version
    private long version;

    protected Complaint() {
    }

    /** The form as received; whoever receives it owns it until it is formally handed over. */
    public record Form(Channel channel, Category category, String customerName, String customerNumber,
            String phone, String contact, String waybillNo, String content) {
    }

    public static Complaint register(String number, String branch, String owner, Form form, Instant receivedAt) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.number = number;
        complaint.branch = branch;
        complaint.owner = owner;
        complaint.channel = form.channel();
        complaint.category = form.category();
        complaint.customerName = form.customerName();
        complaint.customerNumber = form.customerNumber();
        complaint.phone = form.phone();
        complaint.contact = form.contact();
        complaint.waybillNo = form.waybillNo();
        complaint.content = form.content();
        complaint.status = ComplaintStatus.REGISTERED;
        complaint.correlationId = complaint.id.toString();
        complaint.receivedAt = receivedAt;
        return complaint;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String branch() {
        return branch;
    }

    public Channel channel() {
        return channel;
    }

    public Category category() {
        return category;
    }

    public ComplaintStatus status() {
        return status;
    }

    public String customerName() {
        return customerName;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public String phone() {
        return phone;
    }

    public String contact() {
        return contact;
    }

    public String waybillNo() {
        return waybillNo;
    }

    public String content() {
        return content;
    }

    public String owner() {
        return owner;
    }

    public String correlationId() {
        return correlationId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public long version() {
        return version;
    }
}
