package com.careline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * 1. What this machine's PostgreSQL and broker do with no service in between: single-row prepared inserts
 * of a complaint-sized row from 8 connections (autocommit), acks=all idempotent produce of envelope-sized
 * records, and two same-shape baselines that write exactly the rows a service writes, in its own tables,
 * with plain JDBC: a registration's transaction ({@link IntakeBaseline}) and a shipment consumer's batches
 * ({@link ShipmentBaseline}; the better of 4 and 8 connections is the baseline). The other scenarios are
 * reported as ratios of these.
 */
final class Baselines implements Scenario {

    static final String PG_INSERTS = "pg.inserts-per-second";
    static final String KAFKA_PRODUCE = "kafka.produce-per-second";
    /** {@link IntakeBaseline}: a registration's transaction in plain JDBC. */
    static final String PG_REGISTRATIONS = "pg.registration-transactions-per-second";
    /** {@link ShipmentBaseline}: scans written as the shipment consumer writes them, in plain JDBC. */
    static final String PG_SHIPMENT_SCANS = "pg.shipment-scans-per-second";
    static final int CONNECTIONS = 8;
    private static final String TOPIC = "careline.bench.baseline";

    @Override
    public String name() {
        return "baselines";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        double inserts = pgInserts(harness, harness.size(15, 3));
        report.baseline(PG_INSERTS, inserts);
        report.add(name(), "PostgreSQL single-row inserts, prepared, " + CONNECTIONS + " connections",
                Report.rate(inserts));
        double produced = kafkaProduce(harness, harness.size(300_000, 30_000));
        report.baseline(KAFKA_PRODUCE, produced);
        report.add(name(), "Kafka produce, acks=all, idempotent, 700-byte records", Report.rate(produced));
        double registrations = IntakeBaseline.run(harness, harness.size(10, 3));
        report.baseline(PG_REGISTRATIONS, registrations);
        report.add(name(), "PostgreSQL registration transactions (nextval, complaint, 2 clocks, timeline, outbox), "
                + CONNECTIONS + " connections", Report.rate(registrations));
        double best = 0;
        for (ShipmentBaseline.Result r : ShipmentBaseline.run(harness, harness.size(100_000, 10_000), 4, 8)) {
            report.add(name(), "PostgreSQL shipment batches of " + ShipmentBaseline.BATCH
                    + " (scans, waybill upserts), " + r.writers() + " connections",
                    Report.rate(r.scansPerSecond()) + " scans, " + Report.rate(r.rowsPerSecond()) + " rows");
            best = Math.max(best, r.scansPerSecond());
        }
        report.baseline(PG_SHIPMENT_SCANS, best);
    }

    private static double pgInserts(Harness harness, int seconds) throws Exception {
        try (Connection c = harness.database("postgres"); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_insert");
            s.execute("""
                    create table bench_insert (id uuid primary key, number text not null, branch text not null,
                    channel text not null, category text not null, customer text not null, phone text not null,
                    waybill text not null, description text not null, received_at timestamptz not null)""");
        }
        LongAdder rows = new LongAdder();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CONNECTIONS; i++) {
            workers.add(pool.submit(() -> {
                try (Connection c = harness.database("postgres");
                        PreparedStatement insert = c.prepareStatement(
                                "insert into bench_insert values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "TS" + n++);
                        insert.setString(3, "SZ01");
                        insert.setString(4, "PHONE");
                        insert.setString(5, "DELAY");
                        insert.setString(6, "王小明");
                        insert.setString(7, "13800138000");
                        insert.setString(8, "SF1234567890");
                        insert.setString(9, "快件延误三天，客户要求尽快处理并回电说明原因。".repeat(4));
                        insert.setTimestamp(10, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                        rows.increment();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds_ = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return rows.sum() / seconds_;
    }

    private static double kafkaProduce(Harness harness, int records) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harness.kafkaBootstrap()))) {
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
        }
        String payload = "x".repeat(700);
        try (KafkaProducer<String, String> producer = harness.producer()) {
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", payload)).get();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i), payload));
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }
}
