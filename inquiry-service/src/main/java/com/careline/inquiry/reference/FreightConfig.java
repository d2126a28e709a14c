package com.careline.inquiry.reference;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;

/** Freight quotes (002): chargeable weight is the greater of actual and volumetric weight. */
@ConfigMapping(prefix = "careline.inquiry.freight")
public interface FreightConfig {

    /** cm³ per kg: volumetric weight = L × W × H / divisor; 6000 is the common express divisor. */
    @WithDefault("6000")
    @Positive
    int volumetricDivisor();

    /** Fuel surcharge on the freight, as a fraction (0.05 = 5 %). */
    @WithDefault("0.05")
    @DecimalMin("0")
    @DecimalMax("1")
    BigDecimal fuelSurchargeRate();

    /** The rate table shipped with the service (service, zone, first weight, first price, per kg). */
    @WithDefault("reference/rates.csv")
    String rateTable();
}
