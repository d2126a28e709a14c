package com.careline.reporting.desk.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.careline.reporting.desk.DeskConfig;
import com.careline.reporting.desk.items.WorkItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Every pod's one listener on the desk's PostgreSQL channel, on a connection of its own taken from the
 * datasource and kept: what any pod's transaction notified ({@link Notifier}) reaches the desks streaming from
 * this pod ({@link Streams}), whichever pod holds them. A lost connection is taken again after a wait;
 * notifications sent meanwhile are not seen live (the inbox has them).
 */
@ApplicationScoped
public class DeskListener {

    private final AgroalDataSource dataSource;
    private final Streams streams;
    private final ObjectMapper json;
    private final DeskConfig.Live config;
    private volatile boolean running;
    private Thread thread;

    DeskListener(AgroalDataSource dataSource, Streams streams, ObjectMapper json, DeskConfig config) {
        if (!config.live().channel().matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("careline.desk.live.channel must be a plain lower-case name");
        }
        this.dataSource = dataSource;
        this.streams = streams;
        this.json = json;
        this.config = config.live();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "desk-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("listen " + config.channel());
                PGConnection pg = c.unwrap(PGConnection.class);
                Log.debugf("desk: listening on %s", config.channel());
                while (running) {
                    PGNotification[] received = pg.getNotifications((int) config.poll().toMillis());
                    if (received != null) {
                        for (PGNotification n : received) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    Log.warnf("desk: the listener lost its connection (%s); again in %s", e.getMessage(),
                            config.reconnectDelay());
                    if (!pause()) {
                        return;
                    }
                }
            }
        }
    }

    private void deliver(String payload) {
        if (streams.size() == 0) {
            return; // no desk streams from this pod: not worth reading (a consumer's backlog notifies by thousands)
        }
        try {
            streams.publish(json.readValue(payload, WorkItem.class));
        } catch (Exception e) {
            Log.warnf("desk: notification not delivered: %s", e.getMessage());
        }
    }

    /** Waits before connecting again; false once the service stops. */
    private boolean pause() {
        try {
            Thread.sleep(config.reconnectDelay().toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
