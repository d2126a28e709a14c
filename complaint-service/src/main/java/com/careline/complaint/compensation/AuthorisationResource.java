package com.careline.complaint.compensation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/compensation-authorisations")
@Tag(name = "Compensation", description = "Who the division manager lets sign compensation off, up to what")
@RolesAllowed(Roles.DIVISION_MANAGER)
public class AuthorisationResource {

    private final Authorisations authorisations;

    AuthorisationResource(Authorisations authorisations) {
        this.authorisations = authorisations;
    }

    @GET
    @RolesAllowed({Roles.DIVISION_MANAGER, Roles.CS_MANAGER, Roles.GENERAL_MANAGER})
    @Operation(summary = "The authorisations in force")
    public List<Authorisation.View> active() {
        return authorisations.active();
    }

    @PUT
    @Path("/{delegate}")
    @Operation(summary = "Authorise a user to sign compensation off up to an amount (division manager only)")
    @APIResponse(responseCode = "200", description = "In force; an earlier one of the user is revoked")
    @APIResponse(responseCode = "400", description = "Amount or reason missing or out of range")
    public Authorisation.View grant(@PathParam("delegate") @Size(max = 100) @Pattern(regexp = "[\\w.@-]+") String delegate,
            @Valid @NotNull Grant command) {
        return authorisations.grant(delegate, command.upTo(), command.reason());
    }

    @DELETE
    @Path("/{delegate}")
    @ResponseStatus(204)
    @Operation(summary = "Revoke a user's authorisation (division manager only)")
    @APIResponse(responseCode = "404", description = "The user has none in force")
    public void revoke(@PathParam("delegate") @Size(max = 100) String delegate) {
        authorisations.revoke(delegate);
    }

    /** @param upTo yuan, the largest offer the delegate may sign off */
    public record Grant(@NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal upTo,
            @NotBlank @Size(max = 2000) String reason) {
    }
}
