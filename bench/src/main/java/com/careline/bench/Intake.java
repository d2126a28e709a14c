package com.careline.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import com.careline.devinfra.ServiceProcess;

/**
 * 2. Complaint intake over HTTP: {@code POST /api/complaints} on complaint-service, each a transaction of
 * number, complaint row, two or three SLA clocks, timeline entry and outbox event. Closed loop at growing
 * concurrency for the peak rate (held against the raw inserts and against the same transaction in plain
 * JDBC, {@link IntakeBaseline}), then an open loop at half of it for the latency an agent desk sees below
 * saturation, measured from each request's intended send time (no coordinated omission).
 */
final class Intake implements Scenario {

    private static final String SERVICE = "complaint-service";
    private static final int[] CLIENTS = {1, 2, 4, 8, 16, 32};
    private static final List<String> BRANCHES = List.of("SZ", "GZ", "SH", "BJ", "HZ");
    private static final double PEAK_GOAL = 0.35;
    /** Against the same transaction in plain JDBC ({@link IntakeBaseline}). */
    private static final double SAME_SHAPE_GOAL = 0.5;
    private static final double P99_GOAL_MS = 50;

    /** One measured run: successes, failures (non-201 or I/O error), and latencies of the successes. */
    record Run(int clients, long ok, long failed, double seconds, Latency latency) {
        double throughput() {
            return ok / seconds;
        }
    }

    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public void run(Harness harness, Report report) throws Exception {
        ServiceProcess service = harness.service(SERVICE);
        List<String> tokens = BRANCHES.stream().map(b -> harness.token("AGENT", b)).toList();
        List<String> bodies = Forms.bodies(1_000, new Random(42));
        Client client = new Client(harness, service, tokens, bodies);
        long levelNanos = TimeUnit.SECONDS.toNanos(harness.size(10, 2));
        int levelCount = harness.size(200_000, 20_000);

        closedLoop(client, 4, TimeUnit.SECONDS.toNanos(harness.size(10, 3)), levelCount); // JIT, pools: not reported
        Run peak = null;
        long failed = 0;
        for (int clients : CLIENTS) {
            Run run = closedLoop(client, clients, levelNanos, levelCount);
            failed += run.failed();
            report.add(name(), "closed loop, " + clients + " client" + (clients == 1 ? "" : "s"), summary(run));
            if (peak == null || run.throughput() > peak.throughput()) {
                peak = run;
            }
        }
        double raw = report.baseline(Baselines.PG_INSERTS);
        double ratio = peak.throughput() / raw;
        report.add(name(), "peak throughput (" + peak.clients() + " clients)",
                Report.rate(peak.throughput()) + " = " + ratio(ratio),
                "raw inserts " + Report.rate(raw), "≥ 0.35 x raw inserts", ratio >= PEAK_GOAL);
        double same = report.baseline(Baselines.PG_REGISTRATIONS);
        double sameRatio = peak.throughput() / same;
        report.add(name(), "peak throughput against the same transaction in plain JDBC",
                Report.rate(peak.throughput()) + " = " + ratio(sameRatio),
                "registration transactions " + Report.rate(same), "≥ 0.5 x same-shape transactions",
                sameRatio >= SAME_SHAPE_GOAL);

        double rate = peak.throughput() / 2;
        Run open = openLoop(client, rate, TimeUnit.SECONDS.toNanos(harness.size(10, 3)));
        failed += open.failed();
        double p99 = open.latency().millis(99);
        report.add(name(), "open loop at half peak: p50", Report.ms(open.latency().millis(50)));
        report.add(name(), "open loop at half peak: p99", Report.ms(p99),
                "target " + Report.rate(rate) + ", achieved " + Report.rate(open.throughput()), "≤ 50 ms",
                p99 <= P99_GOAL_MS && open.failed() == 0);
        report.add(name(), "responses other than 201 (all runs)", Long.toString(failed));
        if (firstFailure.get() != null) {
            System.out.println("  first failure: " + firstFailure.get());
        }
    }

    /** As {@link Report#ratio}, with a third digit below 0.1 so that a small ratio does not read as zero. */
    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f x" : "%.2f x", ratio);
    }

    private static String summary(Run run) {
        return Report.rate(run.throughput()) + ", p50 " + Report.ms(run.latency().millis(50)) + ", p99 "
                + Report.ms(run.latency().millis(99)) + (run.failed() == 0 ? "" : ", " + run.failed() + " failed");
    }

    /** {@code clients} threads, each sending its next request when the last one answered. */
    private Run closedLoop(Client client, int clients, long nanos, int maxCount) throws Exception {
        Latency latency = new Latency();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicLong issued = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + nanos;
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            workers.add(pool.submit(() -> {
                long i;
                while (System.nanoTime() < deadline && (i = issued.getAndIncrement()) < maxCount) {
                    long sent = System.nanoTime();
                    if (client.register(i)) {
                        latency.recordSince(sent);
                        ok.increment();
                    } else {
                        failed.increment();
                    }
                }
                return null;
            }));
        }
        await(pool, workers);
        return new Run(clients, ok.sum(), failed.sum(), (System.nanoTime() - start) / 1e9, latency);
    }

    /**
     * Request i is due at {@code start + i / rate}; a worker sends it then (or at once when behind) and records
     * the latency from that due time, so a stall counts against every request it delayed.
     */
    private Run openLoop(Client client, double rate, long nanos) throws Exception {
        long period = (long) (1e9 / rate);
        long total = Math.max(1, nanos / period);
        Latency latency = new Latency();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicLong next = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        int threads = 64; // enough for rate x latency even when latency grows tenfold; bounded
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long giveUp = start + nanos + TimeUnit.SECONDS.toNanos(30);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * period;
                    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() > giveUp) {
                        failed.increment(); // never sent: the service fell too far behind
                        continue;
                    }
                    if (client.register(i)) {
                        latency.recordSince(due);
                        ok.increment();
                    } else {
                        failed.increment();
                    }
                    lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                }
                return null;
            }));
        }
        await(pool, workers);
        return new Run(threads, ok.sum(), failed.sum(), Math.max(1, lastDone.get() - start) / 1e9, latency);
    }

    private static void await(ExecutorService pool, List<Future<?>> workers) throws Exception {
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends registration i: a body and a branch token picked by i, so concurrent clients differ. */
    private final class Client {
        private final Harness harness;
        private final ServiceProcess service;
        private final List<String> tokens;
        private final List<String> bodies;

        Client(Harness harness, ServiceProcess service, List<String> tokens, List<String> bodies) {
            this.harness = harness;
            this.service = service;
            this.tokens = tokens;
            this.bodies = bodies;
        }

        boolean register(long i) {
            HttpRequest request = harness.request(service, "/api/complaints", tokens.get((int) (i % tokens.size())))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get((int) (i % bodies.size()))))
                    .build();
            try {
                HttpResponse<String> response = harness.send(request);
                if (response.statusCode() == 201) {
                    return true;
                }
                firstFailure.compareAndSet(null, response.statusCode() + " " + abbreviate(response.body()));
            } catch (IOException e) {
                firstFailure.compareAndSet(null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                firstFailure.compareAndSet(null, "interrupted");
            } catch (Exception e) {
                firstFailure.compareAndSet(null, e.toString());
            }
            return false;
        }

        private static String abbreviate(String body) {
            return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
        }
    }

    /** Varied, valid complaint forms: every channel and category, some major (keyword or amount). */
    static final class Forms {
        private static final String[] CHANNELS = {"PHONE", "LETTER", "VISIT", "EMAIL", "WEB", "LIS"};
        private static final String[] CATEGORIES =
                {"DELAY", "DAMAGE", "LOSS", "SHORTAGE", "WRONG_GOODS", "ATTITUDE", "BILLING", "OTHER"};
        private static final String[] NAMES = {"王先生", "李女士", "张伟", "刘洋", "陈静", "Mr. Smith", "赵敏"};
        private static final String[] CONTENTS = {
            "快件已经延误三天，还没有送到", "纸箱压坏，两件商品破损", "包裹里少了一件衣服，请尽快核实",
            "快递员态度很差，电话里直接挂断", "运费比网上报价多收了二十元", "签收的不是我的货，发错货了",
            "物流信息五天没有更新，怀疑丢件", "The parcel arrived wet and the box was torn open",
            "已经投诉两次没人回复，再不处理我就找媒体曝光"};

        static List<String> bodies(int count, Random random) {
            List<String> bodies = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                StringBuilder json = new StringBuilder("{")
                        .append(field("channel", CHANNELS[random.nextInt(CHANNELS.length)])).append(',')
                        .append(field("category", CATEGORIES[random.nextInt(CATEGORIES.length)])).append(',')
                        .append(field("customerName", NAMES[random.nextInt(NAMES.length)])).append(',')
                        .append(field("phone", "13" + (100_000_000 + random.nextInt(900_000_000)))).append(',')
                        .append(field("waybillNo", "SF" + (1_000_000_000L + random.nextInt(1_000_000_000))))
                        .append(',').append(field("content", CONTENTS[random.nextInt(CONTENTS.length)]));
                if (random.nextBoolean()) {
                    json.append(',').append(field("customerNumber", "C" + random.nextInt(100_000)));
                }
                if (random.nextInt(4) == 0) {
                    json.append(',').append(field("contact", "深圳市南山区科技园" + random.nextInt(100) + "号"));
                }
                if (random.nextInt(5) == 0) { // above 5000 the amount alone makes it major
                    json.append(",\"claimedCompensation\":").append(random.nextInt(8_000));
                }
                bodies.add(json.append('}').toString());
            }
            return bodies;
        }

        /** Values here are fixed text without quotes or backslashes, so no escaping is needed. */
        private static String field(String name, String value) {
            return '"' + name + "\":\"" + value + '"';
        }
    }
}
