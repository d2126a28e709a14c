package com.careline.devinfra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.careline.platform.events.Topics;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/** A real single-node KRaft Kafka (broker and controller) running inside this JVM. */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats {@code logDir} only when it holds no meta.properties yet, so data survives restarts. */
    public static KafkaBroker start(int port, int controllerPort, Path logDir) throws Exception {
        Files.createDirectories(logDir);
        String dir = logDir.toAbsolutePath().toString();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir);
        p.put("num.partitions", "3");
        // one node: every internal topic has one replica; one offsets partition, not 50
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        KafkaConfig config = KafkaConfig.fromProps(p, false);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            new Formatter()
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(dir)
                    .addDirectory(dir)
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, port);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Creates the topics that do not exist yet, and grows those with fewer partitions than {@link Topics#partitions}. */
    public static void createTopics(String bootstrap, Collection<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Topics.partitions(t), (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            // a .careline/ broker from an earlier version: grow it (see README, "Scaling out")
            Map<String, NewPartitions> grow = new java.util.HashMap<>();
            admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames()
                    .get(30, TimeUnit.SECONDS).forEach((name, d) -> {
                        if (d.partitions().size() < Topics.partitions(name)) {
                            grow.put(name, NewPartitions.increaseTo(Topics.partitions(name)));
                        }
                    });
            if (!grow.isEmpty()) {
                admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
