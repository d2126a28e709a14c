package com.careline.claims.document;

import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "careline.claims.documents")
public interface DocumentConfig {

    /**
     * Claim type name to the document type names it needs (000); every claim type must be listed.
     * Defaults are in application.properties.
     */
    Map<String, List<String>> required();

    /** Added to the required set when the shipment was insured (保价): the policy (保险单正本). */
    @WithDefault("INSURANCE_POLICY")
    List<String> requiredWhenInsured();

    /** Scans and photos; office files are printed to PDF first. */
    @WithDefault("application/pdf,image/jpeg,image/png")
    List<String> allowedContentTypes();

    /** Per file; a phone photo or a scanned page fits well within it. */
    @WithDefault("5M")
    MemorySize maxSize();
}
