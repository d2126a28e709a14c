package com.careline.reporting.search;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One search across every kind of case, for every agent of the desk, branch-scoped like everything else. */
@Path("/api/search")
@Tag(name = "Search", description = "Every case of a caller, whichever service owns it")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.HEAD_CLERK, Roles.CS_MANAGER, Roles.DIVISION_MANAGER,
        Roles.GENERAL_MANAGER})
public class SearchResource {

    private static final Set<String> SORTS = Set.of("openedAt");

    private final CaseSearch search;
    private final BranchScope scope;

    SearchResource(CaseSearch search, BranchScope scope) {
        this.search = search;
        this.scope = scope;
    }

    @GET
    @Path("/cases")
    @Operation(summary = "Cases of every kind (inquiries, complaints, claims, follow-up calls), newest first",
            description = "By exactly one of waybill, phone (any spelling), customer number or case number, or by "
                    + "the phone's last four digits with the customer's name. A customer's cases are found by "
                    + "their number and by every phone of their record, duplicates merged into them included.")
    @APIResponse(responseCode = "200", description = "One page of cases; a branch's staff see their branch's")
    @APIResponse(responseCode = "400", description = "No criterion or several, a phone that is no number, four "
            + "digits without a name, or a bad page")
    @APIResponse(responseCode = "403", description = "Not desk staff")
    public Page<CaseHit> cases(@QueryParam("waybill") String waybill, @QueryParam("phone") String phone,
            @QueryParam("customer") String customer, @QueryParam("number") String number,
            @QueryParam("phoneTail") String phoneTail, @QueryParam("name") String name,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paged = PageRequest.of(page, size, null, SORTS, "openedAt,desc");
        return search.find(SearchCriteria.of(waybill, phone, customer, number, phoneTail, name), paged,
                scope.narrow(null));
    }

    @GET
    @Path("/customers/{number}")
    @Operation(summary = "A customer's history: their record, every case of theirs and their survey answers")
    @APIResponse(responseCode = "200", description = "The history; a branch's staff see their branch's cases")
    @APIResponse(responseCode = "400", description = "A bad page")
    @APIResponse(responseCode = "403", description = "Not desk staff")
    @APIResponse(responseCode = "404", description = "No customer record and no case of that customer number")
    public CustomerHistory history(@PathParam("number") String number, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return search.history(number, PageRequest.of(page, size, null, SORTS, "openedAt,desc"), scope.narrow(null));
    }
}
