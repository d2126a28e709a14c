package com.careline.claims.assessment;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.claims.api.ClaimView;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/claims/{id}")
@Tag(name = "Assessment", description = "The payable amount and its approval")
public class AssessmentResource {

    private final AssessmentService assessment;

    AssessmentResource(AssessmentService assessment) {
        this.assessment = assessment;
    }

    @POST
    @Path("/assess")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER, Roles.DIVISION_MANAGER})
    @Operation(summary = "Calculate the payable amount by the configured rules and record the calculation")
    @APIResponse(responseCode = "200", description = "ASSESSED, with the calculation")
    @APIResponse(responseCode = "400", description = "Freight missing for an uninsured claim, or not a valid amount")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "Documents incomplete, no amounts yet, already agreed or paid, or"
            + " a complaint's compensation (its amount was authorised on the complaint)")
    public ClaimView assess(@PathParam("id") UUID id, @Valid AssessClaim command) {
        return command == null ? assessment.assess(id, null, null)
                : assessment.assess(id, command.freight(), command.note());
    }

    @POST
    @Path("/approve")
    @RolesAllowed({Roles.AGENT, Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
    @Operation(summary = "Approve the offer at the payable amount the approver saw; each role approves up to its"
            + " configured limit, the general manager any amount; never the person who assessed it")
    @APIResponse(responseCode = "200", description = "APPROVED")
    @APIResponse(responseCode = "400", description = "No payable amount named")
    @APIResponse(responseCode = "403", description = "Above the caller's approval limit, or the caller assessed it")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "Not ASSESSED, or assessed at another amount since")
    public ClaimView approve(@PathParam("id") UUID id, @Valid @NotNull ApproveOffer command) {
        return assessment.approve(id, command.payable());
    }

    /** @param payable CNY, the assessed amount the approver looked at */
    public record ApproveOffer(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal payable) {
    }

    /** @param freight CNY, when the claim was opened without it */
    public record AssessClaim(@DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
            BigDecimal freight, @Size(max = 2000) String note) {
    }
}
