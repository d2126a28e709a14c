package com.careline.devinfra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run behind {@code ./run.sh}: embedded PostgreSQL (55432) and Kafka (59092) with data under
 * {@code .careline/}, the five services from their built jars, their URLs and ready demo tokens.
 * Ctrl-C stops the services, then the broker, then PostgreSQL.
 *
 * <pre>
 * options: --external-pg jdbc:postgresql://host:5432   use that server (databases are created)
 *          --external-kafka host:9092                  use that broker (topics are created)
 *          --demo-data                                 register a few demo cases once all are ready
 *          --tokens                                    only print fresh tokens and exit
 * </pre>
 */
public final class Suite {

    static final int PG_PORT = 55432;
    static final int KAFKA_PORT = 59092;
    static final Duration TOKEN_TTL = Duration.ofHours(12);
    /** A stop (Ctrl-C, SIGTERM) ends within about 15 s: services get 12 (reporting needs 8), then broker and PG. */
    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(12);

    /** One demo user per role (a responsible department's staff with their department); branch HQ sees every branch. */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"agent.sz", "AGENT", "SZ"},
            new String[] {"agent.bj", "AGENT", "BJ"},
            new String[] {"agent.hq", "AGENT", "HQ"},
            new String[] {"supervisor.sz", "SUPERVISOR", "SZ"},
            new String[] {"head.clerk", "HEAD_CLERK", "HQ"},
            new String[] {"cs.manager", "CS_MANAGER", "HQ"},
            new String[] {"division.manager", "DIVISION_MANAGER", "HQ"},
            new String[] {"general.manager", "GENERAL_MANAGER", "HQ"},
            new String[] {"lis.sz", "BRANCH_SYSTEM", "SZ"},
            new String[] {"warehouse.hq", "DEPARTMENT", "HQ", "WAREHOUSE"},
            new String[] {"ops", "OPS", "HQ"});

    private Suite() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = Path.of("").toAbsolutePath();
        Path data = root.resolve(".careline");
        DevTokens tokens = DevTokens.inDirectory(data.resolve("jwt"));
        if (options.containsKey("--tokens")) {
            printTokens(tokens);
            return;
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        if (options.containsKey("--external-pg")) {
            env.put("CARELINE_PG_URL", options.get("--external-pg"));
        }
        if (options.containsKey("--external-kafka")) {
            env.put("CARELINE_KAFKA_BOOTSTRAP", options.get("--external-kafka"));
        }

        Infrastructure infra = Infrastructure.persistent(env, data, PG_PORT, KAFKA_PORT);
        List<ServiceProcess> services = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping CareLine ...");
            long start = System.nanoTime();
            ServiceProcess.stopAll(services, SERVICE_STOP_GRACE);
            infra.close();
            System.out.printf("Stopped in %.1f s.%n", (System.nanoTime() - start) / 1e9);
            stopped.countDown();
        }, "careline-stop"));

        Map<String, String> props = new LinkedHashMap<>(infra.serviceProperties());
        props.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        for (String name : ServiceProcess.NAMES) {
            services.add(ServiceProcess.start(root, name, 0, props, data.resolve("logs")));
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        if (options.containsKey("--demo-data")) {
            DemoData.load(services, tokens);
        }

        System.out.println();
        System.out.println("CareLine is up. PostgreSQL " + infra.pgUrl() + "  Kafka " + infra.kafkaBootstrap());
        for (ServiceProcess service : services) {
            System.out.printf("  %-18s %s   (health, metrics, Swagger UI: %s/q/swagger-ui; log %s)%n",
                    service.name(), service.url(), service.managementUrl(), root.relativize(service.log()));
        }
        printTokens(tokens);
        System.out.println("Ctrl-C stops everything.");
        stopped.await();
    }

    private static void printTokens(DevTokens tokens) {
        System.out.println();
        System.out.println("Demo tokens (valid " + TOKEN_TTL.toHours() + " h; ./run.sh --tokens prints fresh ones):");
        Map<String, String> byVariable = demoTokens(tokens, TOKEN_TTL);
        for (String[] user : DEMO_USERS) {
            System.out.printf("  %-17s %-5s export %s=%s%n", user[1], user[2], variable(user),
                    byVariable.get(variable(user)));
        }
        System.out.println();
    }

    /**
     * The demo users' tokens by the variable the READMEs' walk-throughs use ({@code TOKEN_AGENT_SZ} for agent.sz),
     * in the order they are printed.
     */
    public static Map<String, String> demoTokens(DevTokens tokens, Duration ttl) {
        Map<String, String> byVariable = new LinkedHashMap<>();
        for (String[] user : DEMO_USERS) {
            byVariable.put(variable(user), tokens.token(user[0], user[1], user[2], user.length > 3 ? user[3] : null,
                    ttl, DevTokens.AUDIENCE));
        }
        return byVariable;
    }

    private static String variable(String[] user) {
        return "TOKEN_" + user[0].toUpperCase().replace('.', '_');
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--external-pg", "--external-kafka" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.put(args[i], args[++i]);
                }
                case "--demo-data", "--tokens" -> options.put(args[i], "");
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --external-pg URL, --external-kafka HOST:PORT, --demo-data, --tokens)");
            }
        }
        return options;
    }
}
