package com.careline.claims.recovery;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.claims.api.ClaimView;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims/{id}/recovery")
@Tag(name = "Recovery", description = "Headquarters recovers the loss from the carrier or insurer")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER})
public class RecoveryResource {

    private final RecoveryService recovery;

    RecoveryResource(RecoveryService recovery) {
        this.recovery = recovery;
    }

    @POST
    @Operation(summary = "File the recovery (headquarters only, once the documents are complete)")
    @APIResponse(responseCode = "200", description = "Recovery FILED")
    @APIResponse(responseCode = "400", description = "A field is missing or not a valid amount")
    @APIResponse(responseCode = "403", description = "The caller is not at headquarters")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "Documents incomplete, or a recovery is already filed")
    public ClaimView file(@PathParam("id") UUID id, @Valid @NotNull FileRecovery command) {
        return recovery.file(id, command.counterparty(), command.counterpartyName(), command.amount(),
                command.reference());
    }

    @POST
    @Path("/settlement")
    @Operation(summary = "Record what the carrier or insurer paid (0 when it refused)")
    @APIResponse(responseCode = "200", description = "Recovery SETTLED")
    @APIResponse(responseCode = "400", description = "Not a valid amount, or more than was filed")
    @APIResponse(responseCode = "403", description = "The caller is not at headquarters")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "No recovery filed, or already settled")
    public ClaimView settle(@PathParam("id") UUID id, @Valid @NotNull SettleRecovery command) {
        return recovery.settle(id, command.amountRecovered());
    }

    public record FileRecovery(@NotNull Counterparty counterparty,
            @NotBlank @Size(max = 200) @Schema(example = "中国平安财产保险") String counterpartyName,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 100) @Schema(example = "PA-2026-7781") String reference) {
    }

    public record SettleRecovery(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal amountRecovered) {
    }
}
