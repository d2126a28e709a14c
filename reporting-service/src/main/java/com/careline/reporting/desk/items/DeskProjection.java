package com.careline.reporting.desk.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.platform.consumer.EventConsumption;
import com.careline.platform.consumer.EventHandler;
import com.careline.platform.events.Channels;
import com.careline.platform.events.EventEnvelope;
import com.careline.platform.security.Roles;
import com.careline.reporting.batch.Waves;
import com.careline.reporting.desk.DeskConfig;
import com.careline.reporting.desk.items.ItemChanges.Change;
import com.careline.reporting.desk.items.ItemChanges.ClockMet;
import com.careline.reporting.desk.items.ItemChanges.DueAgain;
import com.careline.reporting.desk.items.ItemChanges.Finished;
import com.careline.reporting.desk.items.ItemChanges.Raise;
import com.careline.reporting.desk.items.ItemChanges.Reopened;
import com.careline.reporting.desk.items.WorkItem.Kind;
import com.careline.reporting.desk.live.Notifier;
import com.careline.reporting.desk.mail.MailOutbox;
import com.careline.reporting.desk.people.Directory;
import com.careline.reporting.desk.people.Staff;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The desk's consumer of the four case topics, once per event through the inbox: raises and ends work items
 * ({@link ItemChanges}), stages the mail of an escalation or an after-hours urgent complaint to the people the
 * directory and roster name, and notifies every pod of what changed, all in the poll's transaction, with one
 * statement per kind of change for the cases of a poll at once ({@link Waves}). An event seen twice
 * finds its item by key and changes nothing. It is no {@link com.careline.reporting.rebuild.Projection}:
 * a rebuild of the reports leaves its tables, inbox rows and parked records alone.
 */
@ApplicationScoped
public class DeskProjection implements EventHandler {

    static final String CONSUMER = "reporting.desk";

    private final EventConsumption consumption;
    private final ItemChanges changes;
    private final WorkItems items;
    private final Directory directory;
    private final MailOutbox mail;
    private final Notifier notifier;

    DeskProjection(EventConsumption consumption, Audience audience, DeskConfig config, CalendarConfig calendar,
            WorkItems items, Directory directory, MailOutbox mail, Notifier notifier) {
        this.consumption = consumption;
        this.changes = new ItemChanges(audience, config.afterHoursRole(), config.followUpRole(), calendar.zone());
        this.items = items;
        this.directory = directory;
        this.mail = mail;
        this.notifier = notifier;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public String channel() {
        return Channels.DESK_EVENTS;
    }

    @Override
    public boolean concerns(EventEnvelope event) {
        return ItemChanges.concerns(event);
    }

    @Incoming(Channels.DESK_EVENTS)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumption.consume(this, records);
    }

    @Override
    public void apply(List<EventEnvelope> events) {
        List<Change> all = new ArrayList<>();
        events.forEach(event -> all.addAll(changes.of(event)));
        // an item changed twice in the poll is notified once, as it ends
        Map<UUID, WorkItem> changed = new LinkedHashMap<>();
        for (List<Change> wave : Waves.of(all, Change::caseId)) {
            applyWave(wave).forEach(i -> changed.put(i.id(), i));
        }
        notifier.changed(changed.values());
    }

    /** A wave of changes, each of another case: one statement per kind of change. */
    private List<WorkItem> applyWave(List<Change> wave) {
        List<WorkItem> touched = new ArrayList<>();
        for (boolean replacesOwner : new boolean[] {false, true}) {
            List<Raise> raises = only(wave, Raise.class).stream().filter(r -> r.replacesOwner() == replacesOwner)
                    .toList();
            Set<UUID> mailed = raises.stream().filter(Raise::mailed).map(r -> r.item().id()).collect(Collectors.toSet());
            for (WorkItem item : items.raise(raises.stream().map(Raise::item).toList(), replacesOwner)) {
                if (mailed.contains(item.id())) {
                    mail.stage(item, recipients(item));
                }
                touched.add(item);
            }
        }
        touched.addAll(items.clockMet(only(wave, ClockMet.class)));
        touched.addAll(items.finished(only(wave, Finished.class)));
        touched.addAll(items.reopened(only(wave, Reopened.class)));
        touched.addAll(items.dueAgain(only(wave, DueAgain.class)));
        return touched;
    }

    private static <C extends Change> List<C> only(List<Change> changes, Class<C> kind) {
        return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /**
     * The directory's and roster's people for the item's role in the branch it is addressed to. An urgent
     * complaint after hours must reach a manager (003 (5): "通过电话联系公司领导"): with none in the branch,
     * headquarters' on-duty one.
     */
    private List<Staff> recipients(WorkItem item) {
        List<Staff> to = directory.recipients(item.addressRole(), item.addressBranch(), item.raisedAt());
        if (to.isEmpty() && item.kind() == Kind.URGENT_AFTER_HOURS
                && !Roles.HEADQUARTERS.equals(item.addressBranch())) {
            to = directory.recipients(item.addressRole(), Roles.HEADQUARTERS, item.raisedAt());
        }
        if (to.isEmpty()) {
            Log.infof("desk: no one in the directory for %s in %s: item %s is mailed to no one", item.addressRole(),
                    item.addressBranch(), item.id());
        }
        return to;
    }
}
