package com.careline.inquiry.reference;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.careline.inquiry.reference.FreightCalculator.Item;
import com.careline.inquiry.reference.ReferenceData.District;
import com.careline.platform.events.shipment.ShipmentEvents.RouteType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reference requests and answers. */
public final class ReferenceCommands {

    private ReferenceCommands() {
    }

    public enum Service {
        /** 标准快递 */
        STANDARD,
        /** 特快 */
        EXPRESS,
        /** 物流/零担: heavy and bulky goods */
        FREIGHT
    }

    public record PieceForm(
            @NotNull @Min(1) @Max(100_000) @Schema(example = "100") Integer count,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Schema(example = "40")
            BigDecimal lengthCm,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Schema(example = "30")
            BigDecimal widthCm,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Schema(example = "35")
            BigDecimal heightCm,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Schema(example = "20")
            BigDecimal weightKg) {

        FreightCalculator.Piece piece() {
            return new FreightCalculator.Piece(count, lengthCm, widthCm, heightCm, weightKg);
        }
    }

    public record QuoteFreight(
            @NotBlank @Size(max = 40) @Schema(example = "银川") String origin,
            @NotBlank @Size(max = 40) @Schema(example = "天津") String destination,
            @NotNull Service service,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull PieceForm> pieces) {
    }

    public record FreightQuoteView(String origin, String destination, Service service, int zone, RouteType routeType,
            int pieces, BigDecimal actualWeightKg, BigDecimal volumetricWeightKg, BigDecimal chargeableWeightKg,
            int volumetricDivisor, List<Item> items, BigDecimal total, String currency) {
    }

    public record ServiceAreaView(String city, String province, boolean served, List<District> districts) {
    }

    public record TransitTimeView(String origin, String destination, RouteType routeType, long limitDays,
            long fullyDelayedDays) {
    }
}
