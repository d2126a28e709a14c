package com.careline.inquiry.reference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import com.careline.inquiry.reference.ReferenceCommands.FreightQuoteView;
import com.careline.inquiry.reference.ReferenceCommands.QuoteFreight;
import com.careline.inquiry.reference.ReferenceCommands.ServiceAreaView;
import com.careline.inquiry.reference.ReferenceCommands.TransitTimeView;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reference")
@Tag(name = "Reference answers", description = "Freight quotes, service area, transit time, prohibited items")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class ReferenceResource {

    private final ReferenceService reference;

    ReferenceResource(ReferenceService reference) {
        this.reference = reference;
    }

    @POST
    @Path("/freight-quotes")
    @Operation(summary = "Itemised freight quote: chargeable weight = max(actual, volumetric), zone rate table")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "400", description = "Invalid pieces, unknown city or service: naming the field")
    public FreightQuoteView quote(@Valid @NotNull QuoteFreight form) {
        return reference.quote(form);
    }

    @GET
    @Path("/transit-time")
    @Operation(summary = "Route type and time limits between two cities (133710: 1 / 3 / 7 days)")
    @APIResponse(responseCode = "200", description = "The limits")
    @APIResponse(responseCode = "400", description = "Origin or destination missing or unknown")
    public TransitTimeView transitTime(@QueryParam("origin") @Size(max = 40) String origin,
            @QueryParam("destination") @Size(max = 40) String destination) {
        return reference.transitTime(origin, destination);
    }

    @GET
    @Path("/service-area")
    @Operation(summary = "Districts of a city where we pick up and deliver (收送范围)")
    @APIResponse(responseCode = "200", description = "The service area; served=false outside the network")
    @APIResponse(responseCode = "400", description = "City missing")
    public ServiceAreaView serviceArea(@QueryParam("city") @Size(max = 40) String city) {
        return reference.serviceArea(city);
    }

    @GET
    @Path("/prohibited-items")
    @Operation(summary = "Prohibited items (禁寄物品), all or those matching q")
    @APIResponse(responseCode = "200", description = "The matching items")
    @APIResponse(responseCode = "400", description = "q too long")
    public List<ReferenceData.ProhibitedItem> prohibited(@QueryParam("q") @Size(max = 40) String q) {
        return reference.prohibited(q);
    }
}
