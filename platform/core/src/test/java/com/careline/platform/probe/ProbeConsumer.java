package com.careline.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.careline.platform.events.Channels;
import com.careline.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as services write them: inbox first, effect in the same transaction. */
@ApplicationScoped
public class ProbeConsumer {

    private final Inbox inbox;
    private final EntityManager em;

    ProbeConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming(Channels.REVISIT_EVENTS)
    @Blocking
    @Transactional
    public void consume(String message) {
        inbox.receive("platform-probe", message, event -> {
            if (event.data().path("fail").asBoolean()) {
                throw new IllegalStateException("probe asked to fail");
            }
            em.createNativeQuery("insert into probe_effect (event_id, subject) values (:id, :subject)")
                    .setParameter("id", event.id()).setParameter("subject", event.subject()).executeUpdate();
        });
    }
}
