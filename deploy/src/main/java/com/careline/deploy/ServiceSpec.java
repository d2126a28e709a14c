package com.careline.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import com.careline.platform.events.Topics;

/**
 * What the manifests need of a service, read from its own application.properties: the code is the source.
 * {@code publishedTopics}: its domain's topic ({@code careline.events.domain}, where CaseJournal and the SLA
 * ticker stage its events), none for a service without a domain; {@code groups}: its channels' consumer groups
 * ({@code group.id}, the application name when unset, as in Quarkus); {@code sendsMail}: it configures
 * quarkus-mailer (the desk), so its pods get the SMTP login.
 */
public record ServiceSpec(String name, int port, String database, List<String> consumedTopics,
        Map<String, Integer> consumersPerPod, List<String> publishedTopics, List<String> groups, boolean sendsMail) {

    public static ServiceSpec read(Path root, String name) {
        Path file = root.resolve(name).resolve("src/main/resources/application.properties");
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        String app = required(p, "quarkus.application.name", file);
        if (!app.equals(name)) {
            throw new IllegalStateException(file + ": quarkus.application.name is " + app + ", not " + name);
        }
        TreeSet<String> topics = new TreeSet<>();
        TreeSet<String> groups = new TreeSet<>();
        Map<String, Integer> consumers = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            // a channel on one topic, or on several (the desk's and the search's: a comma-separated list)
            if (key.startsWith("mp.messaging.incoming.") && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                String channel = key.substring(0, key.lastIndexOf('.'));
                int perPod = Integer.parseInt(p.getProperty(channel + ".concurrency", "1").strip());
                for (String listed : p.getProperty(key).split(",")) {
                    String topic = listed.strip();
                    topics.add(topic);
                    // each channel has a group of its own: the busiest group bounds the pods
                    consumers.merge(topic, perPod, Math::max);
                }
                groups.add(p.getProperty(channel + ".group.id", app).strip());
            }
        }
        String domain = p.getProperty("careline.events.domain", "").strip();
        List<String> published = domain.isEmpty() ? List.of() : List.of(Topics.forDomain(domain));
        return new ServiceSpec(name, Integer.parseInt(required(p, "quarkus.http.port", file)),
                required(p, "careline.pg.database", file), List.copyOf(topics), Map.copyOf(consumers), published,
                List.copyOf(groups), p.getProperty("quarkus.mailer.mock") != null);
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return value.strip();
    }

    /** {@code complaint-service}: its KafkaUser, and the Secret Strimzi's User Operator makes for it. */
    public String kafkaUser() {
        return name;
    }

    /** {@code careline-complaint-db}: the Secret with this service's database user and password. */
    public String databaseSecret() {
        return "careline-" + name.replace("-service", "") + "-db";
    }
}
