package com.careline.claims.settlement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

@Path("/api/claims/{id}")
@Tag(name = "Settlement", description = "The claimant's answer to the offer, and the payment")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER})
public class SettlementResource {

    private final SettlementService settlement;

    SettlementResource(SettlementService settlement) {
        this.settlement = settlement;
    }

    @POST
    @Path("/agree")
    @Operation(summary = "The claimant accepts the approved offer (starts the 7-day payment clock)")
    @APIResponse(responseCode = "200", description = "AGREED")
    @APIResponse(responseCode = "400", description = "Note too long")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "No approved offer to answer")
    public ClaimView agree(@PathParam("id") UUID id, @Valid Answer command) {
        return settlement.answer(id, true, command == null ? null : command.note());
    }

    @POST
    @Path("/dispute")
    @Operation(summary = "The claimant disputes the offer (抗辩); it can be assessed again")
    @APIResponse(responseCode = "200", description = "DISPUTED")
    @APIResponse(responseCode = "400", description = "Note missing or too long")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "No approved offer to answer")
    public ClaimView dispute(@PathParam("id") UUID id, @Valid @NotNull Dispute command) {
        return settlement.answer(id, false, command.note());
    }

    @POST
    @Path("/payments")
    @Operation(summary = "Record the payment of the agreed amount; the same reference again changes nothing")
    @APIResponse(responseCode = "200", description = "PAID (also for a repeat of the same reference)")
    @APIResponse(responseCode = "400", description = "Reference missing or too long")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "Not agreed, paid by another reference, or reference used")
    public ClaimView pay(@PathParam("id") UUID id, @Valid @NotNull Payment command) {
        return settlement.pay(id, command.reference());
    }

    public record Answer(@Size(max = 2000) String note) {
    }

    public record Dispute(@NotBlank @Size(max = 2000) String note) {
    }

    public record Payment(@NotBlank @Size(max = 100) @Schema(example = "PAY-2026-000123") String reference) {
    }
}
