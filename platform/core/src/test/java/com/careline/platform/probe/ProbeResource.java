package com.careline.platform.probe;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.Roles;

/** Endpoints that fail in each way the problem mappers must cover. */
@Path("/probe")
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record Order(@NotBlank String name, @NotNull Colour colour, @Min(1) @Max(9) int pieces,
            LocalDate due, @Size(max = 2) List<@NotBlank String> tags) {
    }

    private final BranchScope scope;

    ProbeResource(BranchScope scope) {
        this.scope = scope;
    }

    @POST
    @Path("/orders")
    @RolesAllowed(Roles.AGENT)
    public Order create(@Valid @NotNull Order order) {
        return order;
    }

    @GET
    @Path("/missing/{id}")
    @RolesAllowed(Roles.AGENT)
    public String missing(@PathParam("id") String id) {
        throw new NotFound("order", id);
    }

    @GET
    @Path("/periods")
    @RolesAllowed(Roles.AGENT)
    public String period() {
        throw new InvalidRequest("to", "the period ends before it starts");
    }

    @GET
    @Path("/closed")
    @RolesAllowed(Roles.AGENT)
    public String closed() {
        throw new Conflict("order is closed");
    }

    @GET
    @Path("/stale")
    @RolesAllowed(Roles.AGENT)
    public String stale() {
        throw new OptimisticLockException("row was updated or deleted by another transaction");
    }

    @GET
    @Path("/managers")
    @RolesAllowed(Roles.DIVISION_MANAGER)
    public String managersOnly() {
        return "ok";
    }

    @GET
    @Path("/branches/{branch}")
    @RolesAllowed(Roles.AGENT)
    public String branch(@PathParam("branch") String branch) {
        return scope.requireVisible(branch, branch, "branch", branch);
    }
}
