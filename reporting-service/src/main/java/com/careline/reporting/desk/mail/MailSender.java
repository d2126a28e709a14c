package com.careline.reporting.desk.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.careline.reporting.desk.DeskConfig;
import com.careline.reporting.Sql;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the desk's unsent mail: each pod takes a batch of due rows {@code for update skip locked} (so no two
 * pods send the same row), sends each with the blocking {@link Mailer} and marks it sent, or counts the failure
 * and tries again later, with a doubling wait. The Message-ID is made from the row id: a mail sent again after a
 * crash between sending and marking carries the same one, and mail clients show it once.
 */
@ApplicationScoped
public class MailSender {

    private record Unsent(UUID id, String email, String subject, String body, int attempts) {
    }

    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final DeskConfig.Mail config;

    MailSender(EntityManager em, Mailer mailer, Clock clock, DeskConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config.mail();
    }

    @Scheduled(every = "${careline.desk.mail.interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        QuarkusTransaction.requiringNew().run(this::sendDue);
    }

    /** One batch, in the caller's transaction; returns how many were sent. */
    int sendDue() {
        Instant now = clock.instant();
        List<Unsent> due = Sql.query(em, rs -> new Unsent(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getInt(5)), """
                select id, email, subject, body, attempts from desk_mail
                where sent_at is null and next_attempt_at <= ? order by next_attempt_at limit ?
                for update skip locked""", now, config.batch());
        int sent = 0;
        for (Unsent m : due) {
            try {
                mailer.send(Mail.withText(m.email(), m.subject(), m.body()).setFrom(config.from())
                        .addHeader("Message-ID", messageId(m.id(), config.messageIdDomain())));
                Sql.execute(em, "update desk_mail set sent_at = ?, attempts = attempts + 1, last_error = null "
                        + "where id = ?", clock.instant(), m.id());
                sent++;
            } catch (RuntimeException e) {
                Log.warnf("desk mail %s to %s not sent (attempt %d): %s", m.id(), m.email(), m.attempts() + 1,
                        e.getMessage());
                Sql.execute(em, "update desk_mail set attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                        + "where id = ?", String.valueOf(e.getMessage()),
                        now.plus(backoff(m.attempts() + 1, config.retryDelay(), config.retryMaxDelay())), m.id());
            }
        }
        return sent;
    }

    static String messageId(UUID id, String domain) {
        return "<" + id + "@" + domain + ">";
    }

    /** The wait after failure number {@code failures}: {@code first}, doubled each time, at most {@code max}. */
    static Duration backoff(int failures, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
