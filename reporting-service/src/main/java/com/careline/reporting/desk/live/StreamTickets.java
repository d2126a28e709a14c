package com.careline.reporting.desk.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.errors.InvalidRequest;
import com.careline.reporting.desk.DeskConfig;
import com.careline.reporting.Sql;
import com.careline.reporting.desk.items.Audience.Viewer;
import io.quarkus.security.UnauthorizedException;

/**
 * Tickets for a browser's EventSource, which cannot send a bearer token: issued to the token's user, bound to
 * their name, branch and roles, used once, within {@link DeskConfig#ticketLifetime()}. Only a SHA-256 of a
 * ticket is stored, so the table does not hold anything that opens a stream.
 */
@ApplicationScoped
public class StreamTickets {

    /** A ticket as the desk receives it. */
    public record StreamTicket(String ticket, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final EntityManager em;
    private final Clock clock;
    private final DeskConfig config;

    StreamTickets(EntityManager em, Clock clock, DeskConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public StreamTicket issue(Viewer viewer) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(config.ticketLifetime());
        // forget the tickets that can no longer open anything
        Sql.execute(em, "delete from desk_stream_ticket where expires_at < ?", now);
        Sql.execute(em, "insert into desk_stream_ticket (hash, username, branch, roles, expires_at) "
                + "values (?, ?, ?, ?, ?)", hash(ticket), viewer.username(), viewer.branch(),
                viewer.roles().stream().sorted().toArray(String[]::new), expires);
        return new StreamTicket(ticket, expires);
    }

    /** The user the ticket was issued to; 401 when it is unknown, used or expired. */
    @Transactional
    public Viewer redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            throw new InvalidRequest("ticket", "is required: POST /api/desk/stream-tickets gives one");
        }
        return Sql.query(em, rs -> new Viewer(rs.getString(1), rs.getString(2),
                new HashSet<>(Arrays.asList((String[]) rs.getArray(3).getArray()))), """
                update desk_stream_ticket set used_at = ? where hash = ? and used_at is null and expires_at > ?
                returning username, branch, roles""", clock.instant(), hash(ticket), clock.instant())
                .stream().findFirst()
                .orElseThrow(() -> new UnauthorizedException("the ticket is unknown, used or expired"));
    }

    private static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
