package com.careline.revisit.partner;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/partners")
@Tag(name = "Partners", description = "Business partners called once a month")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class PartnerResource {

    private static final Set<String> SORTABLE = Set.of("name", "registeredAt");

    private final PartnerService partners;

    PartnerResource(PartnerService partners) {
        this.partners = partners;
    }

    @POST
    @Operation(summary = "Register a business partner; it gets a follow-up call every month")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Name or phone missing, unknown partner type, or another branch")
    public RestResponse<PartnerView> register(@Valid @NotNull RegisterPartner form) {
        PartnerView created = partners.register(form);
        return RestResponse.ResponseBuilder.<PartnerView>created(URI.create("/api/partners/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "Partners, paged; sort name|registeredAt[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page; agents see their own branch only")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<PartnerView> list(@QueryParam("branch") @Size(max = 20) String branch,
            @QueryParam("type") String type, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return partners.list(branch, QueryParams.oneOf("type", type, PartnerType.class),
                PageRequest.of(page, size, sort, SORTABLE, "name"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A partner")
    @APIResponse(responseCode = "200", description = "The partner")
    @APIResponse(responseCode = "404", description = "No such partner in the caller's branch")
    public PartnerView get(@PathParam("id") UUID id) {
        return partners.get(id);
    }
}
