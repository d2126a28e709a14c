package com.careline.inquiry.routing;

import java.net.URI;
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

import com.careline.inquiry.inquiry.Topic;
import com.careline.inquiry.routing.RoutingCommands.RouteView;
import com.careline.inquiry.routing.RoutingCommands.RuleView;
import com.careline.inquiry.routing.RoutingCommands.SaveRule;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/routing-rules")
@Tag(name = "Routing", description = "The work-order rule table: business region x topic -> department / queue")
@RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
public class RoutingResource {

    private final RoutingService routing;

    RoutingResource(RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "The rules, paged, ordered by region and topic")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Bad page or size")
    public Page<RuleView> list(@QueryParam("region") String region, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest p = PageRequest.of(page, size, null, java.util.Set.of("region"), "region");
        return routing.list(region == null || region.isBlank() ? null : region.strip().toUpperCase(), p.page(),
                p.size());
    }

    @GET
    @Path("/route")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Where a work order of this region and topic would go now")
    @APIResponse(responseCode = "200", description = "The route; defaultRoute when no rule matched")
    @APIResponse(responseCode = "400", description = "Region or topic missing or unknown")
    public RouteView route(@QueryParam("region") String region, @QueryParam("topic") String topic) {
        if (region == null || region.isBlank()) {
            throw new InvalidRequest("region", "must not be blank");
        }
        Topic t = QueryParams.oneOf("topic", topic, Topic.class);
        if (t == null) {
            throw new InvalidRequest("topic", "must not be blank");
        }
        return routing.preview(region.strip().toUpperCase(), t);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One rule")
    @APIResponse(responseCode = "200", description = "The rule")
    @APIResponse(responseCode = "404", description = "No such rule")
    public RuleView get(@PathParam("id") UUID id) {
        return routing.get(id);
    }

    @POST
    @Operation(summary = "Add a rule")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid rule: problem+json naming the field")
    @APIResponse(responseCode = "403", description = "Only supervisors and managers manage rules")
    @APIResponse(responseCode = "409", description = "A rule for this region and topic exists")
    public RestResponse<RuleView> create(@Valid @NotNull SaveRule command) {
        RuleView view = routing.create(command);
        return RestResponse.ResponseBuilder.<RuleView>created(URI.create("/api/routing-rules/" + view.id()))
                .entity(view).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change where a rule sends work orders")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid rule")
    @APIResponse(responseCode = "404", description = "No such rule")
    @APIResponse(responseCode = "409", description = "Region or topic changed")
    public RuleView update(@PathParam("id") UUID id, @Valid @NotNull SaveRule command) {
        return routing.update(id, command);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a rule; its work orders take the next matching rule or the default route")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such rule")
    public void delete(@PathParam("id") UUID id) {
        routing.delete(id);
    }
}
