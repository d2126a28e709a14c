package com.careline.inquiry.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure: a freight quote. Volumetric weight per piece is L × W × H (cm) / divisor; the chargeable weight is
 * the greater of the total actual and total volumetric weight, rounded up to a whole kilogram; the price is
 * the zone's first-weight price plus the additional weight at the per-kg rate, plus the fuel surcharge.
 */
public final class FreightCalculator {

    /** {@code count} identical pieces. */
    public record Piece(int count, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, BigDecimal weightKg) {
    }

    /** One row of the rate table. */
    public record Rate(String service, int zone, BigDecimal firstWeightKg, BigDecimal firstPrice,
            BigDecimal additionalPerKg) {
    }

    public record Item(String code, String label, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal amount) {
    }

    public record Quote(int pieces, BigDecimal actualWeightKg, BigDecimal volumetricWeightKg,
            BigDecimal chargeableWeightKg, int divisor, List<Item> items, BigDecimal total) {
    }

    private final int divisor;
    private final BigDecimal fuelRate;

    public FreightCalculator(int divisor, BigDecimal fuelRate) {
        this.divisor = divisor;
        this.fuelRate = fuelRate;
    }

    public Quote quote(List<Piece> pieces, Rate rate) {
        int count = 0;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal volumetric = BigDecimal.ZERO;
        for (Piece p : pieces) {
            BigDecimal n = BigDecimal.valueOf(p.count());
            count += p.count();
            actual = actual.add(p.weightKg().multiply(n));
            volumetric = volumetric.add(p.lengthCm().multiply(p.widthCm()).multiply(p.heightCm()).multiply(n)
                    .divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP));
        }
        BigDecimal chargeable = actual.max(volumetric).setScale(0, RoundingMode.CEILING);
        List<Item> items = new ArrayList<>();
        items.add(new Item("FIRST_WEIGHT", "首重", rate.firstWeightKg(), "kg", rate.firstPrice(),
                money(rate.firstPrice())));
        BigDecimal freight = money(rate.firstPrice());
        BigDecimal additional = chargeable.subtract(rate.firstWeightKg()).max(BigDecimal.ZERO);
        if (additional.signum() > 0) {
            BigDecimal amount = money(additional.multiply(rate.additionalPerKg()));
            items.add(new Item("ADDITIONAL_WEIGHT", "续重", additional, "kg", rate.additionalPerKg(), amount));
            freight = freight.add(amount);
        }
        BigDecimal total = freight;
        if (fuelRate.signum() > 0) {
            BigDecimal fuel = money(freight.multiply(fuelRate));
            items.add(new Item("FUEL_SURCHARGE", "燃油附加费", fuelRate, "rate", freight, fuel));
            total = total.add(fuel);
        }
        return new Quote(count, actual.setScale(2, RoundingMode.HALF_UP), volumetric.setScale(2, RoundingMode.HALF_UP),
                chargeable, divisor, List.copyOf(items), total);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
