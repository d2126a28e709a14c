package com.careline.platform.sla;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.NotFound;
import com.careline.platform.security.Roles;
import io.quarkus.logging.Log;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clocks the ticker set aside ({@link SlaTicker}), and their release once they can be escalated again. */
@Path("/api/ops/sla-clocks")
@RolesAllowed(Roles.OPS)
@Tag(name = "Operations", description = "Parked events, held outbox rows, quarantined SLA clocks, retention and legal holds")
@ApplicationScoped
public class SlaClockResource {

    /** A quarantined clock, with why. */
    public record Quarantined(UUID id, String caseId, String kind, String state, int level, Instant dueAt,
            Instant quarantinedAt, String reason) {
        static Quarantined from(SlaClock c) {
            return new Quarantined(c.id(), c.caseId(), c.kind(), c.state().name(), c.level(), c.dueAt(),
                    c.quarantinedAt(), c.quarantineReason());
        }
    }

    private final EntityManager em;
    private final SlaPolicies policies;
    private final BusinessCalendar calendar;
    private final SlaTicker ticker;

    SlaClockResource(EntityManager em, SlaPolicies policies, BusinessCalendar calendar, SlaTicker ticker) {
        this.em = em;
        this.policies = policies;
        this.calendar = calendar;
        this.ticker = ticker;
    }

    @GET
    @Path("/quarantined")
    @Operation(summary = "Clocks set aside because they could not be escalated, oldest first (at most 500)")
    @APIResponse(responseCode = "200", description = "The clocks, with the reason")
    public List<Quarantined> quarantined() {
        return em.createQuery("from SlaClock where quarantinedAt is not null order by quarantinedAt", SlaClock.class)
                .setMaxResults(500).getResultStream().map(Quarantined::from).toList();
    }

    @POST
    @Path("/{id}/release")
    @Transactional
    @Operation(summary = "Give a quarantined clock back to the ticker; a rung missed meanwhile is raised at once")
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "404", description = "No such clock")
    @APIResponse(responseCode = "409", description = "Not quarantined, or its kind still has no policy")
    public Quarantined release(@PathParam("id") UUID id) {
        SlaClock clock = em.find(SlaClock.class, id);
        if (clock == null) {
            throw new NotFound("SLA clock", id.toString());
        }
        SlaPolicy policy = policies.find(clock.kind()).orElseThrow(() -> new Conflict("clock kind " + clock.kind()
                + " still has no policy: configure careline.sla.policies." + clock.kind() + ".* first"));
        clock.release(policy, calendar);
        ticker.recount();
        Log.infof("SLA clock %s (%s) of case %s released", clock.id(), clock.kind(), clock.caseId());
        return Quarantined.from(clock);
    }
}
