package com.careline.platform.errors;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every decimal of every request body, in every service, is bounded before any code sees it: at most
 * {@link #INTEGER_DIGITS} digits before the point and {@link #FRACTION_DIGITS} after. A number such as
 * {@code 1e-600000000} is cheap to read but makes rounding compute a power of ten with hundreds of millions
 * of digits (one request, one core, minutes); {@code 1e300} is no amount of money or weight. Fields narrow
 * this further with {@code @Digits} where the domain says so (money has two decimals).
 */
@Singleton
public class BoundedDecimals implements ObjectMapperCustomizer {

    public static final int INTEGER_DIGITS = 18;
    public static final int FRACTION_DIGITS = 10;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("careline-bounded-decimals").addDeserializer(BigDecimal.class,
                new Bounded()));
    }

    /** Whether {@code value} is within the bounds; a null is (it is another rule's business). */
    public static boolean within(BigDecimal value) {
        return value == null
                || (value.scale() <= FRACTION_DIGITS && value.precision() - value.scale() <= INTEGER_DIGITS);
    }

    private static final class Bounded extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (!within(value)) {
                throw new InvalidFormatException(p, "must have at most " + INTEGER_DIGITS
                        + " digits before the point and " + FRACTION_DIGITS + " after", p.getText(), BigDecimal.class);
            }
            return value;
        }
    }
}
