package com.careline.reporting.desk.live;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.careline.platform.security.CurrentUser;
import com.careline.platform.security.Roles;
import com.careline.reporting.desk.items.Audience.Viewer;
import com.careline.reporting.desk.items.WorkItem;
import com.careline.reporting.desk.live.StreamTickets.StreamTicket;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/desk")
@Tag(name = "Desk", description = "The work inbox, its live stream, and the people escalations reach")
public class StreamResource {

    private final StreamTickets tickets;
    private final Streams streams;
    private final CurrentUser user;

    StreamResource(StreamTickets tickets, Streams streams, CurrentUser user) {
        this.tickets = tickets;
        this.streams = streams;
        this.user = user;
    }

    @POST
    @Path("/stream-tickets")
    @ResponseStatus(201)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER, Roles.DIVISION_MANAGER,
            Roles.GENERAL_MANAGER, Roles.DEPARTMENT})
    @Operation(summary = "A single-use, short-lived ticket to open the caller's stream with (an EventSource "
            + "cannot send the bearer token)")
    @APIResponse(responseCode = "201", description = "The ticket and when it expires")
    public StreamTicket ticket() {
        return tickets.issue(Viewer.of(user));
    }

    /** Reached without a bearer token (quarkus.http.auth.permission.desk-stream): the ticket is the credential. */
    @GET
    @Path("/stream")
    @PermitAll
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's new and changed work items as Server-Sent Events, from whichever pod")
    @APIResponse(responseCode = "200", description = "An event stream of work items")
    @APIResponse(responseCode = "400", description = "No ticket")
    @APIResponse(responseCode = "401", description = "The ticket is unknown, used or expired")
    public Multi<WorkItem> stream(@QueryParam("ticket") String ticket) {
        return streams.open(tickets.redeem(ticket));
    }
}
