package com.careline.inquiry.customer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.careline.inquiry.customer.Profile.Criterion;
import com.careline.platform.errors.InvalidRequest;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** 001's profile: each field by Bean Validation, the rules across fields by {@link Profile#check()}; no Quarkus. */
class ProfileTest {

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aFullProfileIsValid() {
        Profile p = profile(new BigDecimal("0.5"), new BigDecimal("20"), "16:00-18:00",
                List.of(Criterion.SPEED, Criterion.SAFETY));

        assertEquals(Set.of(), validator.validate(p));
        assertDoesNotThrow(p::check);
    }

    @Test
    void aWeightRangeThatStartsAboveItsEndNamesMaxWeight() {
        var refused = assertThrows(InvalidRequest.class,
                () -> profile(new BigDecimal("30"), new BigDecimal("5"), null, null).check());

        assertEquals("profile.maxWeightKg", refused.field());
    }

    @Test
    void aSendTimeWindowMustEndAfterItStarts() {
        var refused = assertThrows(InvalidRequest.class, () -> profile(null, null, "18:00-16:00", null).check());

        assertEquals("profile.usualSendTime", refused.field());
        assertDoesNotThrow(() -> profile(null, null, "17:30", null).check());
    }

    @Test
    void aCriterionNamedTwiceIsRefused() {
        var refused = assertThrows(InvalidRequest.class,
                () -> profile(null, null, null, List.of(Criterion.PRICE, Criterion.PRICE)).check());

        assertEquals("profile.weighs", refused.field());
    }

    @Test
    void fieldsOutOfRangeAreNamed() {
        Profile p = new Profile(null, null, 0, List.of(""), null, null, null, -1, null, null,
                new BigDecimal("-5"), "25:00", null, null);

        Set<String> fields = validator.validate(p).stream().map(ConstraintViolation::getPropertyPath)
                .map(path -> path.toString().split("[\\[.]")[0]).collect(Collectors.toSet());

        assertEquals(Set.of("staffSize", "regionsCovered", "monthlyVolume", "monthlySpend", "usualSendTime"), fields);
    }

    private static Profile profile(BigDecimal min, BigDecimal max, String sendTime, List<Criterion> weighs) {
        return new Profile("电子商务", Profile.Ownership.PRIVATE, 120, List.of("华南"), Profile.Condition.GOOD,
                Profile.Condition.GOOD, weighs, 300, min, max, new BigDecimal("8000"), sendTime, "易碎品需木箱",
                List.of("上海"));
    }
}
