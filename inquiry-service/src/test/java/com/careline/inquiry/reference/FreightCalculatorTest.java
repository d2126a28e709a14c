package com.careline.inquiry.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import com.careline.inquiry.reference.FreightCalculator.Item;
import com.careline.inquiry.reference.FreightCalculator.Piece;
import com.careline.inquiry.reference.FreightCalculator.Rate;
import org.junit.jupiter.api.Test;

/** Pure arithmetic: numbers in, an itemised quote out, no Quarkus. */
class FreightCalculatorTest {

    private final FreightCalculator calculator = new FreightCalculator(6000, new BigDecimal("0.05"));
    private final Rate zone3Freight = new Rate("FREIGHT", 3, new BigDecimal("30"), new BigDecimal("60.00"),
            new BigDecimal("1.20"));

    @Test
    void seedExampleChargesTheActualWeightBecauseItExceedsTheVolumetric() {
        // 002: 100 cartons of 40 x 30 x 35 cm and 20 kg each, Yinchuan -> Tianjin.
        // volumetric: 40*30*35 = 42,000 cm3 / 6000 = 7 kg per carton, 700 kg; actual 2000 kg -> 2000 kg charged.
        // first 30 kg 60.00; 1970 kg x 1.20 = 2364.00; freight 2424.00; fuel 5% = 121.20; total 2545.20.
        var quote = calculator.quote(List.of(piece(100, "40", "30", "35", "20")), zone3Freight);

        assertEquals(new BigDecimal("2000.00"), quote.actualWeightKg());
        assertEquals(new BigDecimal("700.00"), quote.volumetricWeightKg());
        assertEquals(new BigDecimal("2000"), quote.chargeableWeightKg());
        assertEquals(List.of("FIRST_WEIGHT", "ADDITIONAL_WEIGHT", "FUEL_SURCHARGE"),
                quote.items().stream().map(Item::code).toList());
        assertEquals(new BigDecimal("2364.00"), quote.items().get(1).amount());
        assertEquals(new BigDecimal("121.20"), quote.items().get(2).amount());
        assertEquals(new BigDecimal("2545.20"), quote.total());
    }

    @Test
    void lightBulkyPiecesAreChargedByVolumeRoundedUpToAWholeKilogram() {
        // 60 x 50 x 41 cm = 123,000 cm3 / 6000 = 20.5 kg volumetric vs 3 kg actual -> 21 kg charged
        var quote = calculator.quote(List.of(piece(1, "60", "50", "41", "3")),
                new Rate("STANDARD", 2, BigDecimal.ONE, new BigDecimal("12.00"), new BigDecimal("3.00")));

        assertEquals(new BigDecimal("21"), quote.chargeableWeightKg());
        // 12.00 + 20 x 3.00 = 72.00; fuel 3.60; total 75.60
        assertEquals(new BigDecimal("75.60"), quote.total());
    }

    @Test
    void aPieceUnderTheFirstWeightPaysTheFirstWeightPriceOnly() {
        var quote = new FreightCalculator(6000, BigDecimal.ZERO).quote(List.of(piece(1, "10", "10", "10", "0.4")),
                new Rate("EXPRESS", 1, BigDecimal.ONE, new BigDecimal("15.00"), new BigDecimal("3.00")));

        assertEquals(1, quote.items().size());
        assertEquals(new BigDecimal("15.00"), quote.total());
    }

    private static Piece piece(int count, String l, String w, String h, String kg) {
        return new Piece(count, new BigDecimal(l), new BigDecimal(w), new BigDecimal(h), new BigDecimal(kg));
    }
}
