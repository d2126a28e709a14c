package com.careline.inquiry.customer;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import com.careline.inquiry.customer.CustomerCommands.AddressChangeView;
import com.careline.inquiry.customer.CustomerCommands.ChangeDetails;
import com.careline.inquiry.customer.CustomerCommands.CustomerSummary;
import com.careline.inquiry.customer.CustomerCommands.CustomerView;
import com.careline.inquiry.customer.CustomerCommands.MergeCustomers;
import com.careline.inquiry.customer.CustomerCommands.RegisterCustomer;
import com.careline.inquiry.customer.CustomerCommands.SettlementDone;
import com.careline.inquiry.customer.CustomerCommands.SettlementTaskView;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.paging.QueryParams;
import com.careline.platform.security.Roles;
import com.careline.platform.timeline.Timeline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The customer record (001 客户信息采集). The desk looks the caller up by phone (any spelling), or registers them,
 * before registering their case. A merged customer's number answers 301 to its survivor.
 */
@Path("/api/customers")
@Tag(name = "Customers", description = "The customer record (客户信息采集): phones, addresses, profile, merges")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CS_MANAGER})
public class CustomerResource {

    private final CustomerService customers;
    private final AddressService addresses;
    private final SettlementService settlements;

    CustomerResource(CustomerService customers, AddressService addresses, SettlementService settlements) {
        this.customers = customers;
        this.addresses = addresses;
        this.settlements = settlements;
    }

    @POST
    @Operation(summary = "Register a customer of the caller's branch: a name and one phone at least")
    @APIResponse(responseCode = "201", description = "Registered, with its number")
    @APIResponse(responseCode = "400", description = "Invalid form: problem+json naming each field (phones[1])")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Role may not register customers")
    @APIResponse(responseCode = "409", description = "A phone belongs to another customer (named: phones)")
    public RestResponse<CustomerView> register(@Valid @NotNull RegisterCustomer form) {
        CustomerView view = customers.register(form);
        return RestResponse.ResponseBuilder.<CustomerView>created(URI.create("/api/customers/" + view.number()))
                .entity(view).build();
    }

    @GET
    @Operation(summary = "Find customers, paged: by phone (any spelling), number, name, or name with a phone's "
            + "last four digits; sort number|name|createdAt[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page; agents see their own branch's customers only")
    @APIResponse(responseCode = "400", description = "A phone that is not one, a tail without a name, bad paging")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<CustomerSummary> search(@QueryParam("phone") @Size(max = 40) String phone,
            @QueryParam("number") @Size(max = 40) String number, @QueryParam("name") @Size(max = 100) String name,
            @QueryParam("phoneTail") String phoneTail, @QueryParam("branch") @Size(max = 20) String branch,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return customers.search(blankless(phone), blankless(number), blankless(name), blankless(phoneTail), branch,
                PageRequest.of(page, size, sort, CustomerService.SORTABLE, "number"));
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "A customer with phones, addresses and profile; a merged one answers 301 to its survivor")
    @APIResponse(responseCode = "200", description = "The customer")
    @APIResponse(responseCode = "301", description = "Merged: Location names the survivor; the body is the "
            + "merged record (status MERGED, mergedInto)")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch")
    public RestResponse<CustomerView> get(@PathParam("number") String number) {
        CustomerView view = customers.get(number);
        if (view.mergedInto() != null) {
            return RestResponse.ResponseBuilder.<CustomerView>create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/customers/" + view.mergedInto())).entity(view).build();
        }
        return RestResponse.ok(view);
    }

    @PUT
    @Path("/{number}")
    @Operation(summary = "Change name, phones (the whole list) and the monthly-account flag")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid form: problem+json naming each field")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch")
    @APIResponse(responseCode = "409", description = "A phone belongs to another customer, or this one was merged")
    public CustomerView change(@PathParam("number") String number, @Valid @NotNull ChangeDetails command) {
        return customers.changeDetails(number, command);
    }

    @PUT
    @Path("/{number}/profile")
    @Operation(summary = "Replace the profile (001: industry, ownership, staff, regions, condition, credit, needs)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid profile: problem+json naming each field")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch")
    @APIResponse(responseCode = "409", description = "The customer was merged")
    public CustomerView profile(@PathParam("number") String number, @Valid @NotNull Profile profile) {
        return customers.changeProfile(number, profile);
    }

    @POST
    @Path("/{number}/addresses")
    @Operation(summary = "Add an address; a monthly-account customer gets a settle-now task")
    @APIResponse(responseCode = "200", description = "The customer with the address")
    @APIResponse(responseCode = "400", description = "Invalid address: problem+json naming each field")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch")
    @APIResponse(responseCode = "409", description = "The customer was merged")
    public CustomerView addAddress(@PathParam("number") String number, @Valid @NotNull Address address) {
        return addresses.add(number, address);
    }

    @PUT
    @Path("/{number}/addresses/{addressId}")
    @Operation(summary = "Change an address (kept in its history); a monthly-account customer gets a settle-now task")
    @APIResponse(responseCode = "200", description = "The customer with the changed address")
    @APIResponse(responseCode = "400", description = "Invalid address: problem+json naming each field")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch, or no such address")
    @APIResponse(responseCode = "409", description = "The address was removed, or the customer merged")
    public CustomerView changeAddress(@PathParam("number") String number, @PathParam("addressId") UUID addressId,
            @Valid @NotNull Address address) {
        return addresses.change(number, addressId, address);
    }

    @DELETE
    @Path("/{number}/addresses/{addressId}")
    @Operation(summary = "Remove an address (kept in its history); a monthly-account customer gets a settle-now task")
    @APIResponse(responseCode = "200", description = "The customer without the address")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch, or no such address")
    @APIResponse(responseCode = "409", description = "The address was removed already, or the customer merged")
    public CustomerView removeAddress(@PathParam("number") String number, @PathParam("addressId") UUID addressId) {
        return addresses.remove(number, addressId);
    }

    @GET
    @Path("/{number}/addresses/history")
    @Operation(summary = "Every change of the customer's addresses, oldest first: who, when, before and after")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch")
    @APIResponse(responseCode = "409", description = "The customer was merged: read the survivor's")
    public List<AddressChangeView> addressHistory(@PathParam("number") String number) {
        return addresses.history(number);
    }

    @GET
    @Path("/{number}/timeline")
    @Operation(summary = "Who changed what on the customer record, and when, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No such customer in the caller's branch")
    public List<Timeline.TimelineView> timeline(@PathParam("number") String number) {
        return customers.timeline(number);
    }

    @POST
    @Path("/{number}/merge")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CS_MANAGER})
    @Operation(summary = "Merge a duplicate into this customer: its phones and addresses move here, its number "
            + "then answers 301 to this one")
    @APIResponse(responseCode = "200", description = "The surviving customer")
    @APIResponse(responseCode = "400", description = "Duplicate or reason missing")
    @APIResponse(responseCode = "403", description = "Only supervisors and managers merge customers")
    @APIResponse(responseCode = "404", description = "Either customer is not in the caller's branch")
    @APIResponse(responseCode = "409", description = "Either was merged already, or both are the same")
    public CustomerView merge(@PathParam("number") String number, @Valid @NotNull MergeCustomers command) {
        return customers.merge(number, command);
    }

    @GET
    @Path("/settlement-tasks")
    @Operation(summary = "Settle-now tasks of monthly-account customers whose address changed (001), paged; "
            + "sort dueAt|createdAt[,asc|desc]")
    @APIResponse(responseCode = "200", description = "One page; agents see their own branch's tasks only")
    @APIResponse(responseCode = "400", description = "A status, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "A branch other than the caller's own (headquarters names any)")
    public Page<SettlementTaskView> settlementTasks(@QueryParam("status") String status,
            @QueryParam("customer") @Size(max = 40) String customer,
            @QueryParam("branch") @Size(max = 20) String branch,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return settlements.list(QueryParams.oneOf("status", status, SettlementTask.Status.class), blankless(customer),
                branch, PageRequest.of(page, size, sort, Set.of("dueAt", "createdAt"), "dueAt"));
    }

    @POST
    @Path("/settlement-tasks/{id}/done")
    @Operation(summary = "The branch settled the customer's monthly account")
    @APIResponse(responseCode = "200", description = "DONE")
    @APIResponse(responseCode = "400", description = "Note too long")
    @APIResponse(responseCode = "404", description = "No such task in the caller's branch")
    @APIResponse(responseCode = "409", description = "Done already")
    public SettlementTaskView settled(@PathParam("id") UUID id, @Valid SettlementDone command) {
        return settlements.done(id, command == null || command.note() == null || command.note().isBlank() ? null
                : command.note().strip());
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
