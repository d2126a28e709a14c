package com.careline.platform.consumer;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.ops.Reason;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ops' view of the records this service's consumers parked, and the way back: replay one, a filtered set
 * or all of them (with the records held behind them, in order) into the consumer that parked them, or
 * discard them with a reason. Every service that consumes serves it.
 */
@Path("/api/ops/parked-events")
@RolesAllowed(Roles.OPS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ops: parked events")
public class ParkedEventResource {

    /** Most records one filtered replay or discard takes; ask again for more. */
    static final int MAX_PER_CALL = 10_000;

    /** The body of a filtered replay or discard: which open records; {@code reason} is required to discard. */
    public record Selection(String consumer, String topic, ParkedStatus status, String reasonContains,
            @Size(max = 500) String reason) {

        ParkedEventQuery.Filter filter() {
            return new ParkedEventQuery.Filter(consumer, topic, status, reasonContains);
        }
    }

    private final ParkedEventQuery query;
    private final ParkedEvents parked;
    private final Redrive redrive;
    private final CurrentUser user;

    ParkedEventResource(ParkedEventQuery query, ParkedEvents parked, Redrive redrive, CurrentUser user) {
        this.query = query;
        this.parked = parked;
        this.redrive = redrive;
        this.user = user;
    }

    @GET
    @Operation(summary = "List parked records, newest last (sort=seq,desc for newest first)")
    public Page<ParkedEvent> list(@QueryParam("consumer") String consumer, @QueryParam("topic") String topic,
            @QueryParam("status") String status, @QueryParam("reason") String reason,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return query.list(new ParkedEventQuery.Filter(consumer, topic, ParkedStatus.parse(status), reason),
                PageRequest.of(page, size, sort, Set.of("seq"), "seq"));
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Count parked records per consumer, topic, state and reason, with the oldest one's time")
    public List<ParkedEventQuery.Count> counts(@QueryParam("consumer") String consumer,
            @QueryParam("topic") String topic, @QueryParam("status") String status) {
        return query.counts(new ParkedEventQuery.Filter(consumer, topic, ParkedStatus.parse(status), null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One parked record with its payload")
    public ParkedEvent get(@PathParam("id") UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> parked.find(id, false))
                .orElseThrow(() -> new NotFound("parked event", id));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a record's case from its oldest open record on, into the consumer that parked it")
    public Redrive.Result replay(@PathParam("id") UUID id) {
        return redrive.replay(id, user.id());
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay every open record that matches (all of them for an empty body)")
    public Redrive.Result replayAll(@Valid Selection selection) {
        Selection s = selection == null ? new Selection(null, null, null, null, null) : selection;
        return redrive.replayAll(query.open(s.filter(), MAX_PER_CALL), user.id());
    }

    @POST
    @Path("/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discard every open record that matches, with a reason; what they held is then replayed")
    public Redrive.Result discardAll(@Valid Selection selection) {
        if (selection == null || selection.reason() == null || selection.reason().isBlank()) {
            throw new InvalidRequest("reason", "is required");
        }
        return redrive.discardAll(query.open(selection.filter(), MAX_PER_CALL), user.id(), selection.reason());
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discard a record with a reason; the records held behind it are then replayed")
    public Redrive.Result discard(@PathParam("id") UUID id, @Valid Reason body) {
        if (body == null) {
            throw new InvalidRequest("reason", "is required");
        }
        return redrive.discard(id, user.id(), body.reason());
    }
}
