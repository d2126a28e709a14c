package com.careline.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.errors.NotFound;
import com.careline.platform.ops.Reason;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import com.careline.platform.time.SqlInstants;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staged rows the broker refused for good ({@link OutboxRelay}): see them, send them again, or drop them. */
@Path("/api/ops/outbox")
@RolesAllowed(Roles.OPS)
@Tag(name = "Operations", description = "Parked events, held outbox rows, quarantined SLA clocks, retention and legal holds")
@ApplicationScoped
public class OutboxResource {

    /** A held row: which event, for which case, why, and how many of its case's events wait behind it. */
    public record Held(UUID id, String topic, String subject, String type, Instant stagedAt, Instant heldAt,
            String reason, long waitingBehind) {
    }

    private final EntityManager em;
    private final OutboxRelay relay;
    private final CurrentUser user;
    private final Clock clock;

    OutboxResource(EntityManager em, OutboxRelay relay, CurrentUser user, Clock clock) {
        this.em = em;
        this.relay = relay;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Path("/held")
    @Operation(summary = "Rows held because the broker refused them, oldest first (at most 500)")
    @APIResponse(responseCode = "200", description = "The rows, with the reason")
    public List<Held> held() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select h.id, h.topic, h.subject, h.type, h.created_at, h.held_at, h.held_reason,
                    (select count(*) from outbox_event w where w.sent_at is null and w.held_at is null
                        and w.lane = h.lane and w.subject = h.subject)
                from outbox_event h where h.held_at is not null and h.sent_at is null order by h.held_at limit 500""")
                .getResultList();
        return rows.stream().map(r -> new Held((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                SqlInstants.of(r[4]), SqlInstants.of(r[5]), (String) r[6], ((Number) r[7]).longValue())).toList();
    }

    @POST
    @Path("/{id}/release")
    @Transactional
    @Operation(summary = "Send a held row again (e.g. once its topic exists); its case's later events follow it")
    @APIResponse(responseCode = "204", description = "Released; the relay sends it on its next tick")
    @APIResponse(responseCode = "404", description = "No such held row")
    public void release(@PathParam("id") UUID id) {
        change(id, "update outbox_event set held_at = null, held_reason = null where id = :id and held_at is not null"
                + " and sent_at is null", null);
        Log.infof("outbox row %s released by %s", id, user.id());
    }

    @POST
    @Path("/{id}/discard")
    @Transactional
    @Operation(summary = "Drop a held row for good, with the reason; its case's later events go on")
    @APIResponse(responseCode = "204", description = "Discarded (kept for inspection until pruned)")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such held row")
    public void discard(@PathParam("id") UUID id, @Valid @NotNull Reason body) {
        change(id, "update outbox_event set sent_at = :now, discarded_reason = :reason where id = :id"
                + " and held_at is not null and sent_at is null", body.reason().strip() + " (" + user.id() + ")");
        Log.infof("outbox row %s discarded by %s: %s", id, user.id(), body.reason());
    }

    private void change(UUID id, String sql, String reason) {
        var update = em.createNativeQuery(sql).setParameter("id", id);
        if (reason != null) {
            update.setParameter("now", clock.instant()).setParameter("reason", reason);
        }
        if (update.executeUpdate() == 0) {
            throw new NotFound("held outbox row", id);
        }
        relay.recount();
    }
}
