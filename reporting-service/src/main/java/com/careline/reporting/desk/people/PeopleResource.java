package com.careline.reporting.desk.people;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import com.careline.reporting.desk.people.PeopleCommands.AddShift;
import com.careline.reporting.desk.people.PeopleCommands.PutStaff;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The staff directory and the on-duty roster: a branch's CS manager keeps their branch's, headquarters any. */
@Path("/api/desk")
@Tag(name = "Desk people", description = "The staff directory and the on-duty roster escalations are mailed by")
@RolesAllowed({Roles.CS_MANAGER, Roles.OPS})
public class PeopleResource {

    private final Directory directory;
    private final BranchScope scope;
    private final CurrentUser user;

    PeopleResource(Directory directory, BranchScope scope, CurrentUser user) {
        this.directory = directory;
        this.scope = scope;
        this.user = user;
    }

    @PUT
    @Path("/staff/{username}")
    @Operation(summary = "Put a staff member: name, e-mail, branch and roles")
    @APIResponse(responseCode = "200", description = "The staff member as stored")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, or a role unknown")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's")
    public Staff put(@PathParam("username") String username, @Valid @NotNull PutStaff command) {
        scope.narrow(command.branch());
        return directory.put(username, command);
    }

    @GET
    @Path("/staff")
    @Operation(summary = "The directory, by username; a branch's own unless headquarters")
    @APIResponse(responseCode = "200", description = "A page of staff")
    @APIResponse(responseCode = "400", description = "page or size is not acceptable")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's")
    public Page<Staff> staff(@QueryParam("branch") String branch, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return directory.list(scope.narrow(branch), PageRequest.of(page, size, null, Set.of("username"), "username"));
    }

    @GET
    @Path("/staff/{username}")
    @Operation(summary = "One staff member")
    @APIResponse(responseCode = "200", description = "The staff member")
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's branches")
    public Staff one(@PathParam("username") String username) {
        Staff s = directory.get(username);
        return scope.requireVisible(s, s.branch(), "staff member", username);
    }

    @DELETE
    @Path("/staff/{username}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a staff member from the directory")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's branches")
    public void remove(@PathParam("username") String username) {
        one(username);
        directory.remove(username);
    }

    @POST
    @Path("/roster")
    @ResponseStatus(201)
    @Operation(summary = "Add a shift: who is on duty for a role in a branch, from (inclusive) to (exclusive)")
    @APIResponse(responseCode = "201", description = "The shift")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, or to is not after from")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's")
    public Shift addShift(@Valid @NotNull AddShift command) {
        scope.narrow(command.branch());
        return directory.addShift(command, user.id());
    }

    @GET
    @Path("/roster")
    @Operation(summary = "The shifts overlapping [from, to) (ISO-8601 instants; default: the next 24 hours)")
    @APIResponse(responseCode = "200", description = "A page of shifts, earliest first")
    @APIResponse(responseCode = "400", description = "from, to, page or size is not acceptable")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's")
    public Page<Shift> roster(@QueryParam("branch") String branch, @QueryParam("role") String role,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return directory.roster(scope.narrow(branch), role == null || role.isBlank() ? null : role,
                instant("from", from), instant("to", to),
                PageRequest.of(page, size, null, Set.of("from"), "from"));
    }

    @DELETE
    @Path("/roster/{id}")
    @ResponseStatus(204)
    @Operation(summary = "Remove a shift")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such shift in the caller's branches")
    public void removeShift(@PathParam("id") UUID id) {
        directory.removeShift(id, scope.narrow(null));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(name, "must be an ISO-8601 instant, e.g. 2026-12-02T10:00:00Z");
        }
    }
}
