package com.careline.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.careline.platform.events.Party;

/**
 * A keyed hash (HMAC-SHA256) of a phone number's normal form ({@link PhoneNumbers}): what events and read
 * models carry instead of the number where they only need to match it. A plain hash of a phone number is
 * reversed by hashing every number there is (a few billion); without the key ({@code careline.privacy.phone-key},
 * from a Secret) this one cannot be.
 */
@ApplicationScoped
public class PhoneKeys {

    private final SecretKeySpec key;
    /**
     * A Mac per thread, keyed once: {@code Mac.getInstance} looks its provider up on every call (5 % of a
     * consumer's CPU when it was made per hash); a Mac is not thread-safe, and {@code doFinal} resets it for the next.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Inject
    PhoneKeys(PrivacyConfig config) {
        this(config.phoneKey());
    }

    /** For code that runs outside CDI (tools, plain tests). */
    public PhoneKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("careline.privacy.phone-key must have 16 characters at least");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** {@code tel:} and 24 hex digits of the keyed hash of {@code phone}'s normal form; empty for no number. */
    public Optional<String> of(String phone) {
        return PhoneNumbers.normalise(phone).map(this::ofNormal);
    }

    /**
     * The party of a case for its events: the phone as its keyed hash and last four digits, never in clear; a
     * phone that is no number leaves both out.
     */
    public Party party(String customerNumber, String name, String phone) {
        Optional<String> normal = PhoneNumbers.normalise(phone);
        return new Party(blankToNull(customerNumber), blankToNull(name), normal.map(this::ofNormal).orElse(null),
                normal.map(PhoneKeys::tail).orElse(null));
    }

    /** The last four digits of a normal form. */
    public static String tail(String normal) {
        return normal.substring(normal.length() - 4);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String ofNormal(String normal) {
        byte[] digest = macs.get().doFinal(normal.getBytes(StandardCharsets.UTF_8));
        return "tel:" + HexFormat.of().formatHex(digest, 0, 12);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
