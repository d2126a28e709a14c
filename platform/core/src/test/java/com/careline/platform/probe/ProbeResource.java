package com.careline.platform.probe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.QueryParam;

import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.events.Topics;
import com.careline.platform.outbox.Outbox;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.Roles;

/** Endpoints that fail in each way the problem mappers must cover. */
@Path("/probe")
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record Order(@NotBlank String name, @NotNull Colour colour, @Min(1) @Max(9) int pieces,
            LocalDate due, @Size(max = 2) List<@NotBlank String> tags, BigDecimal weight) {
    }

    private final BranchScope scope;
    private final EntityManager em;
    private final Outbox outbox;

    ProbeResource(BranchScope scope, EntityManager em, Outbox outbox) {
        this.scope = scope;
        this.em = em;
        this.outbox = outbox;
    }

    /** Two writes of one unique key, as two concurrent requests would meet it. */
    @POST
    @Path("/twice")
    @RolesAllowed(Roles.AGENT)
    @Transactional
    public String twice() {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            em.createNativeQuery("insert into inbox_event (consumer, event_id, event_type, received_at) "
                    + "values ('probe.twice', ?1, 'probe', now())").setParameter(1, id).executeUpdate();
        }
        return "written twice";
    }

    @GET
    @Path("/pages")
    @RolesAllowed(Roles.AGENT)
    public PageRequest pages(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("from") String from) {
        QueryParams.date("from", from);
        return PageRequest.of(page, size, null, Set.of("name"), "name");
    }

    public record Note(@Size(max = 5) String text) {
    }

    /** A step whose input is optional. */
    @POST
    @Path("/notes")
    @RolesAllowed(Roles.AGENT)
    public String note(@Valid Note note) {
        return note == null || note.text() == null ? "no note" : note.text();
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

    /** A change that raises an event, as every write of a service does. */
    @POST
    @Path("/raised/{subject}")
    @RolesAllowed(Roles.AGENT)
    @Transactional
    public String raise(@PathParam("subject") String subject) {
        outbox.stage(Topics.COMPLAINT_EVENTS, "probe.raised", subject, "corr-" + subject, Map.of("by", "rest"));
        return subject;
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
