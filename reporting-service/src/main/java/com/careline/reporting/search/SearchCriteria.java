package com.careline.reporting.search;

import java.util.LinkedHashMap;
import java.util.Map;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.privacy.PhoneNumbers;

/**
 * What the desk searches by: exactly one of a waybill, a phone (any spelling), a customer number or a case
 * number, or the phone's last four digits with the customer's name (a caller who gives only those).
 */
record SearchCriteria(String waybill, String phone, String customer, String number, String phoneTail, String name) {

    static final int MAX_LENGTH = 64;

    static SearchCriteria of(String waybill, String phone, String customer, String number, String phoneTail,
            String name) {
        var c = new SearchCriteria(clean("waybill", waybill), clean("phone", phone), clean("customer", customer),
                clean("number", number), clean("phoneTail", phoneTail), clean("name", name));
        Map<String, String> given = new LinkedHashMap<>();
        given.put("waybill", c.waybill);
        given.put("phone", c.phone);
        given.put("customer", c.customer);
        given.put("number", c.number);
        given.put("phoneTail", c.phoneTail);
        given.values().removeIf(v -> v == null);
        if (given.isEmpty() && c.name != null) {
            throw new InvalidRequest("phoneTail", "a name is searched with the phone's last four digits");
        }
        if (given.size() != 1) {
            throw new InvalidRequest(given.isEmpty() ? "waybill" : String.join(",", given.keySet()),
                    "give exactly one of waybill, phone, customer, number, or phoneTail with name");
        }
        if (c.phone != null && PhoneNumbers.normalise(c.phone).isEmpty()) {
            throw new InvalidRequest("phone", "is not a telephone number");
        }
        if (c.phoneTail != null) {
            if (!c.phoneTail.matches("[0-9]{4}")) {
                throw new InvalidRequest("phoneTail", "must be the last four digits of the phone");
            }
            if (c.name == null) {
                throw new InvalidRequest("name", "is required with phoneTail: four digits alone name too many callers");
            }
        } else if (c.name != null) {
            throw new InvalidRequest("name", "is searched with phoneTail only");
        }
        return c;
    }

    private static String clean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRequest(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return value.strip();
    }
}
