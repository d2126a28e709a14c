package com.careline.claims.ending;

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
@Tag(name = "Claims", description = "A claim that ends without payment")
public class EndingResource {

    private final EndingService endings;

    EndingResource(EndingService endings) {
        this.endings = endings;
    }

    @POST
    @Path("/reject")
    @RolesAllowed({Roles.CS_MANAGER, Roles.DIVISION_MANAGER, Roles.GENERAL_MANAGER})
    @Operation(summary = "Reject the claim under an exclusion clause, with the reason (headquarters' managers)")
    @APIResponse(responseCode = "200", description = "REJECTED; its clocks stop, the claimant has their answer")
    @APIResponse(responseCode = "400", description = "Clause or reason missing")
    @APIResponse(responseCode = "403", description = "Not a manager at headquarters")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "Approved, agreed, paid or ended already")
    public ClaimView reject(@PathParam("id") UUID id, @Valid @NotNull Reject command) {
        return endings.reject(id, command.clause(), command.reason());
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Record that the claimant withdrew the claim, with the reason")
    @APIResponse(responseCode = "200", description = "WITHDRAWN; its clocks stop")
    @APIResponse(responseCode = "400", description = "Reason missing")
    @APIResponse(responseCode = "404", description = "No such claim in the caller's branch")
    @APIResponse(responseCode = "409", description = "Agreed, paid or ended already")
    public ClaimView withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdraw command) {
        return endings.withdraw(id, command.reason());
    }

    /** @param clause the exclusion clause (免责条款) of the contract or policy that applies */
    public record Reject(@NotBlank @Size(max = 200) @Schema(example = "违禁品不予赔偿") String clause,
            @NotBlank @Size(max = 2000) @Schema(example = "内件为锂电池，属禁寄物品") String reason) {
    }

    public record Withdraw(@NotBlank @Size(max = 2000) @Schema(example = "客户已与收件人协商解决") String reason) {
    }
}
