package com.careline.reporting.desk.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.calendar.CalendarConfig;
import com.careline.reporting.Sql;
import com.careline.reporting.desk.items.WorkItem;
import com.careline.reporting.desk.people.Staff;

/**
 * The desk's mail outbox: one row per item and recipient, written in the transaction that raised the item, so
 * that the mail goes out once the item exists and never twice for it ({@link MailSender} sends it).
 */
@ApplicationScoped
public class MailOutbox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;

    MailOutbox(EntityManager em, Clock clock, CalendarConfig calendar) {
        this.em = em;
        this.clock = clock;
        this.zone = calendar.zone();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stage(WorkItem item, List<Staff> recipients) {
        Instant now = clock.instant();
        for (Staff to : recipients) {
            // the same row for the same item and recipient, however often the event comes
            UUID id = UUID.nameUUIDFromBytes((item.id() + "\n" + to.username()).getBytes(StandardCharsets.UTF_8));
            Sql.execute(em, """
                    insert into desk_mail (id, item_id, recipient, email, subject, body, created_at, next_attempt_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    id, item.id(), to.username(), to.email(), subject(item), body(item, to), now, now);
        }
    }

    static String subject(WorkItem item) {
        String kase = item.caseKind().toLowerCase() + " "
                + (item.caseNumber() == null ? item.caseId() : item.caseNumber());
        return switch (item.kind()) {
            case ESCALATION -> "[CareLine] " + kase + ": " + item.clockKind() + " overdue, level " + item.level();
            case URGENT_AFTER_HOURS -> "[CareLine] urgent " + kase + " received after hours";
            default -> "[CareLine] " + kase;
        };
    }

    String body(WorkItem item, Staff to) {
        StringBuilder b = new StringBuilder(to.name()).append(",\n\n");
        switch (item.kind()) {
            case ESCALATION -> b.append("the clock ").append(item.clockKind()).append(" of ")
                    .append(item.caseKind().toLowerCase()).append(' ').append(caseName(item)).append(" (branch ")
                    .append(item.branch()).append(") was due at ").append(local(item.dueAt()))
                    .append(" and has reached level ").append(item.level()).append(" of its ladder, addressed to ")
                    .append(item.addressRole()).append(".\nIt stays on the ladder until the clock is met.\n");
            case URGENT_AFTER_HOURS -> b.append("complaint ").append(caseName(item)).append(" (branch ")
                    .append(item.branch()).append(") was received after hours at ").append(local(item.raisedAt()))
                    .append(" and judged urgent: arrange who handles it now (003).\n");
            default -> b.append(caseName(item)).append('\n');
        }
        return b.append("\nWork item ").append(item.id()).append(" in your CareLine inbox.\n").toString();
    }

    private static String caseName(WorkItem item) {
        return item.caseNumber() == null ? item.caseId() : item.caseNumber() + " (" + item.caseId() + ")";
    }

    private String local(Instant at) {
        return at == null ? "?" : TIME.format(at.atZone(zone)) + " (" + zone + ")";
    }
}
