package com.careline.reporting.search;

/** The kinds of case the desk's search finds, each with the service and resource that own it. */
public enum CaseKind {
    COMPLAINT("complaint-service", "/api/complaints/"),
    INQUIRY("inquiry-service", "/api/inquiries/"),
    CLAIM("claims-service", "/api/claims/"),
    /** A follow-up call or satisfaction survey; its number is the number of the case it follows up. */
    REVISIT("revisit-service", "/api/revisits/");

    private final String service;
    private final String resource;

    CaseKind(String service, String resource) {
        this.service = service;
        this.resource = resource;
    }

    /** Where a front end reads the case itself, with its running clocks and timeline. */
    public CaseHit.Link link(String id) {
        return new CaseHit.Link(service, resource + id);
    }
}
