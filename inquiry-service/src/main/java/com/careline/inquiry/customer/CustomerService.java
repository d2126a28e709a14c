package com.careline.inquiry.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.careline.inquiry.customer.CustomerCommands.AddressView;
import com.careline.inquiry.customer.CustomerCommands.ChangeDetails;
import com.careline.inquiry.customer.CustomerCommands.CustomerSummary;
import com.careline.inquiry.customer.CustomerCommands.CustomerView;
import com.careline.inquiry.customer.CustomerCommands.MergeCustomers;
import com.careline.inquiry.customer.CustomerCommands.PhoneView;
import com.careline.inquiry.customer.CustomerCommands.RegisterCustomer;
import com.careline.platform.errors.Conflict;
import com.careline.platform.errors.InvalidRequest;
import com.careline.platform.errors.NotFound;
import com.careline.platform.events.customer.CustomerEvents;
import com.careline.platform.numbers.CaseNumbers;
import com.careline.platform.paging.CaseFilter;
import com.careline.platform.paging.Page;
import com.careline.platform.paging.PageRequest;
import com.careline.platform.security.BranchScope;
import com.careline.platform.security.CurrentUser;
import com.careline.platform.timeline.CaseJournal;
import com.careline.platform.timeline.Timeline;
import io.quarkus.logging.Log;

/** The customer record's use cases (001 客户信息采集), one transaction each; addresses are {@link AddressService}'s. */
@ApplicationScoped
public class CustomerService {

    /** What a search may sort by. */
    public static final Set<String> SORTABLE = Set.of("number", "name", "createdAt");

    private final CustomerRepository customers;
    private final CustomerRows rows;
    private final Phones phones;
    private final CaseNumbers numbers;
    private final CaseLinks cases;
    private final CaseJournal journal;
    private final Timeline timeline;
    private final CurrentUser user;
    private final BranchScope scope;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerRows rows, Phones phones, CaseNumbers numbers,
            CaseLinks cases, CaseJournal journal, Timeline timeline, CurrentUser user, BranchScope scope, Clock clock) {
        this.customers = customers;
        this.rows = rows;
        this.phones = phones;
        this.numbers = numbers;
        this.cases = cases;
        this.journal = journal;
        this.timeline = timeline;
        this.user = user;
        this.scope = scope;
        this.clock = clock;
    }

    /** A new customer of the caller's branch; a phone another customer has is a 409 naming it. */
    @Transactional
    public CustomerView register(RegisterCustomer form) {
        if (form.profile() != null) {
            form.profile().check();
        }
        List<Phones.Phone> read = phones.read(form.phones());
        requireFree(read, null);
        Instant now = clock.instant();
        Customer c = Customer.register(numbers.next(CaseNumbers.Kind.CUSTOMER, user.branch(), now),
                form.name().strip(), user.branch(), form.monthly(), form.profile(), user.id(), now);
        customers.persist(c);
        read.forEach(p -> rows.persist(new CustomerPhone(c.id(), p, now)));
        cases.linkByPhones(c.id(), read.stream().map(Phones.Phone::key).toList());
        for (Address address : form.addressList()) {
            var a = new CustomerAddress(c.id(), address.tidy(), now);
            rows.persist(a);
            rows.persist(new AddressChange(c.id(), a.id(), AddressChange.Kind.ADDED, null, a.details(),
                    "registered with the customer", user.id(), now));
        }
        journal.record(c, user.id(), "registered", "customer registered with " + read.size() + " phone(s)",
                CustomerEvents.REGISTERED, data(c, read, now));
        Log.infof("customer %s registered at branch %s", c.number(), c.branch());
        return view(c);
    }

    /** The customer of {@code number}, merged or not (a merged one names its survivor), if the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerView get(String number) {
        return view(require(number));
    }

    /**
     * One page of the customers the caller's branch sees, matching every criterion given: a phone in any
     * spelling (by its keyed hash), a number, a name (part of it), the last four digits of a phone (with a name).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CustomerSummary> search(String phone, String number, String name, String phoneTail, String branch,
            PageRequest page) {
        if (phoneTail != null && !phoneTail.matches("[0-9]{4}")) {
            throw new InvalidRequest("phoneTail", "must be the last four digits of a phone");
        }
        if (phoneTail != null && name == null) {
            throw new InvalidRequest("name", "is required with phoneTail: four digits alone name too many people");
        }
        CaseFilter filter = CaseFilter.on("Customer").equal("branch", scope.narrow(branch)).equal("number", number);
        if (phone != null) {
            filter.where("exists (select 1 from CustomerPhone p where p.customerId = x.id and p.phoneKey = :phoneKey)",
                    Map.of("phoneKey", phones.one(phone, "phone").key()));
        }
        if (name != null) {
            String like = "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            filter.where("x.name ilike :name escape '!'", Map.of("name", like));
        }
        if (phoneTail != null) {
            filter.where("exists (select 1 from CustomerPhone t where t.customerId = x.id and t.tail = :tail)",
                    Map.of("tail", phoneTail));
        }
        return filter.page(customers, page).map(CustomerSummary::from);
    }

    /** Name, phones and the monthly-account flag; publishes {@code customer.changed} when anything changed. */
    @Transactional
    public CustomerView changeDetails(String number, ChangeDetails command) {
        Customer c = requireActive(number);
        List<Phones.Phone> read = phones.read(command.phones());
        requireFree(read, c);
        Instant now = clock.instant();
        Map<String, CustomerPhone> held = new HashMap<>();
        rows.phones(c.id()).forEach(p -> held.put(p.phoneKey(), p));
        Set<String> wanted = read.stream().map(Phones.Phone::key).collect(Collectors.toSet());
        boolean phonesChanged = !held.keySet().equals(wanted);
        held.values().stream().filter(p -> !wanted.contains(p.phoneKey())).forEach(rows::remove);
        List<Phones.Phone> added = read.stream().filter(p -> !held.containsKey(p.key())).toList();
        added.forEach(p -> rows.persist(new CustomerPhone(c.id(), p, now)));
        if (!added.isEmpty()) {
            cases.linkByPhones(c.id(), added.stream().map(Phones.Phone::key).toList());
        }
        String name = command.name().strip();
        if (!phonesChanged && name.equals(c.name()) && command.monthlyAccount() == c.monthlyAccount()) {
            return view(c);
        }
        c.changeDetails(name, command.monthlyAccount(), now);
        journal.record(c, user.id(), "changed", "name, phones or monthly account changed", CustomerEvents.CHANGED,
                data(c, read, now));
        return view(c);
    }

    /** 001's profile, as a whole; no event carries it (the contract's records leave it out), the timeline has it. */
    @Transactional
    public CustomerView changeProfile(String number, Profile profile) {
        profile.check();
        Customer c = requireActive(number);
        c.changeProfile(profile, clock.instant());
        timeline.record(c.id().toString(), user.id(), "profile-changed", "profile (001) updated");
        return view(c);
    }

    /**
     * Merges the duplicate into the survivor: its phones, addresses, their history and its cases go to the survivor, it
     * becomes MERGED and its number leads to the survivor (as do those merged into it before). Its open
     * settlement task stays its own: settled as it was raised.
     */
    @Transactional
    public CustomerView merge(String survivorNumber, MergeCustomers command) {
        Customer survivor = requireActive(survivorNumber);
        Customer duplicate = requireActive(command.duplicate().strip());
        Instant now = clock.instant();
        duplicate.mergeInto(survivor, command.reason().strip(), now);
        rows.phones(duplicate.id()).forEach(p -> p.moveTo(survivor.id()));
        rows.addresses(duplicate.id(), true).forEach(a -> a.moveTo(survivor.id()));
        rows.addressChanges(duplicate.id()).forEach(a -> a.moveTo(survivor.id()));
        customers.mergedInto(duplicate.id()).forEach(earlier -> earlier.redirectTo(survivor));
        cases.move(duplicate.id(), survivor.id());
        survivor.touched(now);
        timeline.record(duplicate.id().toString(), user.id(), "merged", "merged into " + survivor.number() + ": "
                + duplicate.mergeReason());
        journal.record(survivor, user.id(), "merged", duplicate.number() + " merged into this customer: "
                + duplicate.mergeReason(), CustomerEvents.MERGED, new CustomerEvents.Merged(survivor.id(),
                        survivor.number(), duplicate.id(), duplicate.number(), survivor.branch(), user.id(), now));
        List<Phones.Phone> all = rows.phones(survivor.id()).stream()
                .map(p -> new Phones.Phone(p.phone(), p.phoneKey(), p.tail())).toList();
        journal.record(survivor, user.id(), "changed", "phones of " + duplicate.number() + " added",
                CustomerEvents.CHANGED, data(survivor, all, now));
        Log.infof("customer %s merged into %s by %s", duplicate.number(), survivor.number(), user.id());
        return view(survivor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Timeline.TimelineView> timeline(String number) {
        return timeline.of(require(number).id().toString());
    }

    /** The customer of {@code number} if the caller's branch sees it (404 otherwise), merged or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Customer require(String number) {
        Customer c = customers.findByNumber(number);
        return scope.requireVisible(c, c == null ? null : c.branch(), "customer", number);
    }

    /** As {@link #require}, and not merged: a merged customer's record is changed through its survivor (409). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Customer requireActive(String number) {
        Customer c = require(number);
        if (c.status() == Customer.Status.MERGED) {
            throw new Conflict("customer " + number + " was merged into " + survivorNumber(c) + ": use that number");
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CustomerView view(Customer c) {
        List<PhoneView> phoneViews = rows.phones(c.id()).stream().map(p -> new PhoneView(p.phone(), p.tail()))
                .toList();
        List<AddressView> addresses = rows.addresses(c.id(), false).stream().map(AddressView::from).toList();
        return new CustomerView(c.id(), c.number(), c.name(), c.branch(), c.monthlyAccount(), c.status(),
                survivorNumber(c), c.profile(), phoneViews, addresses, c.createdBy(), c.createdAt(), c.updatedAt());
    }

    private String survivorNumber(Customer c) {
        if (c.mergedInto() == null) {
            return null;
        }
        Customer survivor = customers.findById(c.mergedInto());
        if (survivor == null) {
            throw new NotFound("customer", c.mergedInto());
        }
        return survivor.number();
    }

    /** 409 naming {@code phones} when another customer than {@code self} holds one of them. */
    private void requireFree(List<Phones.Phone> wanted, Customer self) {
        List<CustomerPhone> taken = rows.phonesHeldByOthers(wanted.stream().map(Phones.Phone::key).toList(),
                self == null ? null : self.id());
        if (taken.isEmpty()) {
            return;
        }
        CustomerPhone first = taken.get(0);
        Customer owner = customers.findById(first.customerId());
        // the owner's number only where the caller's branch would see that customer anyway
        String whose = owner != null && scope.canSee(owner.branch()) ? "customer " + owner.number()
                : "a customer of another branch";
        throw new Conflict("phones: the phone ending " + first.tail() + " belongs to " + whose
                + " (a phone belongs to one customer: look them up, or merge the two)");
    }

    private CustomerEvents.Customer data(Customer c, List<Phones.Phone> held, Instant at) {
        return new CustomerEvents.Customer(c.id(), c.number(), c.name(), c.branch(),
                held.stream().map(Phones.Phone::key).toList(), held.stream().map(Phones.Phone::tail).toList(),
                c.monthlyAccount(), user.id(), at);
    }
}
