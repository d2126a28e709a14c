package com.careline.inquiry.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.privacy.PhoneKeys;
import com.careline.platform.privacy.PhoneNumbers;

/** The phones of a form, each in its one written form, with its keyed hash and its last four digits. */
@ApplicationScoped
public class Phones {

    /** A phone as stored: {@code normal} from {@link PhoneNumbers}, {@code key} from {@link PhoneKeys}. */
    public record Phone(String normal, String key, String tail) {
    }

    private final PhoneKeys keys;

    Phones(PhoneKeys keys) {
        this.keys = keys;
    }

    /**
     * {@code raw} read as phones, in their order, a number written twice kept once; one that is not a phone
     * number is a 400 naming it ({@code phones[1]}).
     */
    public List<Phone> read(List<String> raw) {
        Map<String, Phone> phones = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            Phone phone = one(raw.get(i), "phones[" + i + "]");
            phones.putIfAbsent(phone.key(), phone);
        }
        return new ArrayList<>(phones.values());
    }

    /** One phone, as a search names it; not a phone number is a 400 naming {@code field}. */
    public Phone one(String raw, String field) {
        String normal = PhoneNumbers.normalise(raw).orElseThrow(() -> new InvalidRequest(field,
                "is not a telephone number (7 to 15 digits; a landline with its area code, e.g. 0755-88881234)"));
        return new Phone(normal, keys.of(normal).orElseThrow(), normal.substring(normal.length() - 4));
    }
}
