package com.careline.inquiry.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.inquiry.customer.CustomerCommands.AddressChangeView;
import com.careline.inquiry.customer.CustomerCommands.CustomerView;
import com.careline.platform.errors.NotFound;
import com.careline.platform.events.customer.CustomerEvents;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;
import io.quarkus.logging.Log;

/**
 * A customer's addresses and their history (001 客户名址变更信息的采集): each change is kept (who, when, before and
 * after), published as {@code customer.address-changed}, and, for a monthly-account customer, raises the
 * settle-now task ({@link SettlementRule}) in the same transaction.
 */
@ApplicationScoped
public class AddressService {

    private final CustomerService customers;
    private final CustomerRows rows;
    private final SettlementTaskRepository tasks;
    private final CaseJournal journal;
    private final CurrentUser user;
    private final CustomerConfig config;
    private final Clock clock;

    AddressService(CustomerService customers, CustomerRows rows, SettlementTaskRepository tasks, CaseJournal journal,
            CurrentUser user, CustomerConfig config, Clock clock) {
        this.customers = customers;
        this.rows = rows;
        this.tasks = tasks;
        this.journal = journal;
        this.user = user;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public CustomerView add(String number, Address address) {
        Customer c = customers.requireActive(number);
        Instant now = clock.instant();
        var a = new CustomerAddress(c.id(), address.tidy(), now);
        rows.persist(a);
        changed(c, a, AddressChange.Kind.ADDED, null, now);
        return customers.view(c);
    }

    @Transactional
    public CustomerView change(String number, UUID addressId, Address address) {
        Customer c = customers.requireActive(number);
        CustomerAddress a = require(c, addressId);
        Address before = a.details();
        a.change(address.tidy());
        changed(c, a, AddressChange.Kind.CHANGED, before, clock.instant());
        return customers.view(c);
    }

    @Transactional
    public CustomerView remove(String number, UUID addressId) {
        Customer c = customers.requireActive(number);
        CustomerAddress a = require(c, addressId);
        Instant now = clock.instant();
        a.remove(now);
        changed(c, a, AddressChange.Kind.REMOVED, a.details(), now);
        return customers.view(c);
    }

    /** Every change of the customer's addresses, oldest first (a merged duplicate's included). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AddressChangeView> history(String number) {
        Customer c = customers.requireActive(number);
        return rows.addressChanges(c.id()).stream().map(AddressChangeView::from).toList();
    }

    private CustomerAddress require(Customer c, UUID addressId) {
        CustomerAddress a = rows.address(addressId);
        if (a == null || !a.customerId().equals(c.id())) {
            throw new NotFound("address", addressId);
        }
        return a;
    }

    private void changed(Customer c, CustomerAddress a, AddressChange.Kind kind, Address before, Instant now) {
        Address after = kind == AddressChange.Kind.REMOVED ? null : a.details();
        rows.persist(new AddressChange(c.id(), a.id(), kind, before, after, null, user.id(), now));
        c.touched(now);
        journal.record(c, user.id(), "address-" + kind.name().toLowerCase(), "address " + a.id() + " "
                + kind.name().toLowerCase(), CustomerEvents.ADDRESS_CHANGED, new CustomerEvents.AddressChanged(
                        c.id(), c.number(), c.branch(), a.id(), kind.name(), c.monthlyAccount(), user.id(), now));
        boolean open = rows.hasOpenSettlement(c.id());
        SettlementRule.dueAt(c.monthlyAccount(), open, now, config.settleWithin()).ifPresent(due -> {
            var task = SettlementTask.open(c, "address " + kind.name().toLowerCase() + " (" + a.id() + ")", due,
                    user.id(), now);
            tasks.persist(task);
            journal.record(c, user.id(), "settlement-required", "monthly account to be settled by " + due,
                    CustomerEvents.SETTLEMENT_REQUIRED, new CustomerEvents.SettlementRequired(c.id(), c.number(),
                            c.branch(), task.id(), due, user.id(), now));
            Log.infof("customer %s: monthly account to settle by %s (task %s)", c.number(), due, task.id());
        });
    }
}
