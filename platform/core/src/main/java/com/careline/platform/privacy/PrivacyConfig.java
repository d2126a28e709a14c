package com.careline.platform.privacy;

import io.smallrye.config.ConfigMapping;

/** Keys that protect personal data. */
@ConfigMapping(prefix = "careline.privacy")
public interface PrivacyConfig {

    /**
     * The key of {@link PhoneKeys}, the same for every service (their hashes must match), from a Secret in
     * production; 16 characters at least. Changing it makes every stored phone key unmatchable.
     */
    String phoneKey();
}
