package com.careline.inquiry.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.careline.inquiry.reference.FreightCalculator.Rate;
import io.quarkus.runtime.Startup;

/**
 * The reference data files under {@code reference/}: cities (region and country), freight zones, the rate
 * table, the service area and the prohibited items. Read once at startup, so a broken file fails the boot.
 */
@Startup
@ApplicationScoped
public class ReferenceData {

    public record City(String name, String alias, String province, String region, String country) {
    }

    public record District(String city, String district, boolean pickup, boolean delivery, String note) {
    }

    public record ProhibitedItem(String name, String category, String examples) {
    }

    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Integer> zones = new HashMap<>();
    private final Map<String, Rate> rates = new HashMap<>();
    private final List<District> districts = new ArrayList<>();
    private final List<ProhibitedItem> prohibited = new ArrayList<>();

    ReferenceData(FreightConfig freight) {
        for (String[] r : rows("reference/cities.csv", 5)) {
            City c = new City(r[0], r[1], r[2], r[3], r[4]);
            cities.put(key(c.name()), c);
            cities.put(key(c.alias()), c);
        }
        for (String[] r : rows("reference/zones.csv", 3)) {
            zones.put(r[0] + ">" + r[1], Integer.parseInt(r[2]));
            zones.put(r[1] + ">" + r[0], Integer.parseInt(r[2]));
        }
        for (String[] r : rows(freight.rateTable(), 5)) {
            rates.put(r[0] + "/" + r[1], new Rate(r[0], Integer.parseInt(r[1]), new BigDecimal(r[2]),
                    new BigDecimal(r[3]), new BigDecimal(r[4])));
        }
        for (String[] r : rows("reference/service-area.csv", 5)) {
            districts.add(new District(r[0], r[1], Boolean.parseBoolean(r[2]), Boolean.parseBoolean(r[3]),
                    r[4].isEmpty() ? null : r[4]));
        }
        for (String[] r : rows("reference/prohibited-items.csv", 3)) {
            prohibited.add(new ProhibitedItem(r[0], r[1], r[2]));
        }
    }

    public Optional<City> city(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(cities.get(key(name)));
    }

    /** Zone 1 same city, 2 same region, 3 neighbouring regions (zones.csv), 4 other domestic, 5 across a border. */
    public int zone(City from, City to) {
        if (from.equals(to)) {
            return 1;
        }
        if (!from.country().equals(to.country())) {
            return 5;
        }
        if (from.region().equals(to.region())) {
            return 2;
        }
        return zones.getOrDefault(from.region() + ">" + to.region(), 4);
    }

    public Optional<Rate> rate(String service, int zone) {
        return Optional.ofNullable(rates.get(service + "/" + zone));
    }

    public List<District> districts(City city) {
        return districts.stream().filter(d -> d.city().equals(city.name())).toList();
    }

    /** Items whose name, category or examples contain {@code query} (all when blank). */
    public List<ProhibitedItem> prohibited(String query) {
        if (query == null || query.isBlank()) {
            return List.copyOf(prohibited);
        }
        String q = key(query);
        return prohibited.stream().filter(i -> key(i.name() + " " + i.category() + " " + i.examples()).contains(q))
                .toList();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference data " + resource + " is missing");
        }
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + n + " has " + cells.length
                            + " columns, expected " + columns);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return rows;
    }
}
