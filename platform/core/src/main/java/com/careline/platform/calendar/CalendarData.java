package com.careline.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Holidays and make-up working days (调休上班) for the years whose State Council notice has been loaded.
 * A year outside {@code coveredYears} is unknown, not holiday-free: see
 * {@link BusinessCalendar#uncoveredYearsSeen()}.
 *
 * @param holidays       days off, whatever the weekday
 * @param makeUpWorkdays weekend days that are worked
 * @param coveredYears   years whose file was loaded; every date above lies in one of them
 */
public record CalendarData(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> coveredYears) {

    private static final String HEADER = "from,to,kind,name";

    /** @throws IllegalArgumentException if a date is both kinds or lies outside the covered years */
    public CalendarData {
        holidays = sorted(holidays);
        makeUpWorkdays = sorted(makeUpWorkdays);
        coveredYears = sorted(coveredYears);
        for (var day : holidays) {
            if (makeUpWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
            }
        }
        var years = coveredYears;
        var outside = Stream.concat(holidays.stream(), makeUpWorkdays.stream())
                .filter(day -> !years.contains(day.getYear())).findFirst();
        if (outside.isPresent()) {
            throw new IllegalArgumentException(outside.get() + " lies outside the covered years " + years);
        }
    }

    /** No years covered: every date is treated as weekends only. */
    public static CalendarData empty() {
        return new CalendarData(Set.of(), Set.of(), Set.of());
    }

    /**
     * Parses one year's file: a {@code from,to,kind,name} header, then one inclusive date range per line;
     * blank lines and lines starting with {@code #} are skipped. The covered year is the year of the dates.
     *
     * @throws IllegalArgumentException naming {@code fileName} and the line number of the first bad line
     */
    public static CalendarData parse(String fileName, Reader reader) {
        var holidays = new TreeSet<LocalDate>();
        var workdays = new TreeSet<LocalDate>();
        var years = new TreeSet<Integer>();
        var lines = new BufferedReader(reader);
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String raw; (raw = lines.readLine()) != null; ) {
                lineNumber++;
                String line = (lineNumber == 1 ? raw.replace("\uFEFF", "") : raw).strip(); // Excel writes a BOM
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    require(line.equals(HEADER), "expected header '" + HEADER + "'", fileName, lineNumber);
                    headerSeen = true;
                    continue;
                }
                parseRange(line, fileName, lineNumber, holidays, workdays, years);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file " + fileName, e);
        }
        require(!years.isEmpty(), "no dated lines", fileName, lineNumber);
        return new CalendarData(holidays, workdays, years);
    }

    private static void parseRange(String line, String fileName, int lineNumber,
                                   Set<LocalDate> holidays, Set<LocalDate> workdays, Set<Integer> years) {
        String[] fields = line.split(",", 4); // the name may itself hold commas
        require(fields.length == 4 && !fields[3].isBlank(), "expected from,to,kind,name", fileName, lineNumber);
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(fields[0].strip());
            to = LocalDate.parse(fields[1].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where(fileName, lineNumber) + ": " + e.getMessage(), e);
        }
        String kindName = fields[2].strip();
        require(Arrays.stream(CalendarDay.values()).anyMatch(k -> k.name().equals(kindName)),
                "unknown kind " + kindName + ", expected one of " + Arrays.toString(CalendarDay.values()),
                fileName, lineNumber);
        var kind = CalendarDay.valueOf(kindName);
        require(!to.isBefore(from), "'to' " + to + " is before 'from' " + from, fileName, lineNumber);
        require(from.getYear() == to.getYear() && (years.isEmpty() || years.contains(from.getYear())),
                "all dates of a file must lie in one year", fileName, lineNumber);
        years.add(from.getYear());
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            // 调休: a make-up day is always a weekend day; a weekday here means a typo in the date
            require(kind != CalendarDay.WORKDAY || weekend, day + " is a make-up day but not a weekend",
                    fileName, lineNumber);
            var other = kind == CalendarDay.HOLIDAY ? workdays : holidays;
            require(!other.contains(day), day + " is both a holiday and a make-up day", fileName, lineNumber);
            (kind == CalendarDay.HOLIDAY ? holidays : workdays).add(day);
        }
    }

    /**
     * Combines several calendars; where parts cover the same year, the later part's dates replace the
     * earlier's for that whole year (so an ops file can correct a shipped year).
     */
    public static CalendarData merge(CalendarData... parts) {
        var holidays = new TreeSet<LocalDate>();
        var workdays = new TreeSet<LocalDate>();
        var years = new TreeSet<Integer>();
        for (var part : parts) {
            holidays.removeIf(day -> part.coveredYears().contains(day.getYear()));
            workdays.removeIf(day -> part.coveredYears().contains(day.getYear()));
            holidays.addAll(part.holidays());
            workdays.addAll(part.makeUpWorkdays());
            years.addAll(part.coveredYears());
        }
        return new CalendarData(holidays, workdays, years);
    }

    /**
     * Loads the files named in an index resource (one name per line, {@code #} comments allowed),
     * each resolved beside the index, e.g. {@code loadClasspath(loader, "calendar/index.txt")}.
     *
     * @throws IllegalArgumentException if a resource is missing, a file is bad or two files cover one year
     */
    public static CalendarData loadClasspath(ClassLoader loader, String indexResource) {
        String folder = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        var files = new ArrayList<Map.Entry<String, CalendarData>>();
        try (var index = open(loader, indexResource)) {
            for (var name : index.lines().map(String::strip).filter(n -> !n.isEmpty() && !n.startsWith("#")).toList()) {
                try (var reader = open(loader, folder + name)) {
                    files.add(Map.entry(name, parse(name, reader)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar resources beside " + indexResource, e);
        }
        return mergeDistinct(files);
    }

    /**
     * Loads every {@code *.csv} of a directory, so ops can add next year's notice without a rebuild.
     * Merge it after {@link #loadClasspath} so a year found here overrides the shipped one.
     *
     * @throws IllegalArgumentException if the path is not a directory, a file is bad or two files cover one year
     */
    public static CalendarData loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("calendar directory not found: " + directory);
        }
        var files = new ArrayList<Map.Entry<String, CalendarData>>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (var file : listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    files.add(Map.entry(file.toString(), parse(file.toString(), reader)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar directory " + directory, e);
        }
        return mergeDistinct(files);
    }

    /** Two files of one source covering the same year is ambiguous, unlike an override across sources. */
    private static CalendarData mergeDistinct(List<Map.Entry<String, CalendarData>> files) {
        var fileOfYear = new HashMap<Integer, String>();
        for (var file : files) {
            for (int year : file.getValue().coveredYears()) {
                String previous = fileOfYear.putIfAbsent(year, file.getKey());
                if (previous != null) {
                    throw new IllegalArgumentException(previous + " and " + file.getKey() + " both cover " + year);
                }
            }
        }
        return merge(files.stream().map(Map.Entry::getValue).toArray(CalendarData[]::new));
    }

    private static BufferedReader open(ClassLoader loader, String resource) {
        var stream = loader.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("calendar resource not found: " + resource);
        }
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    private static void require(boolean condition, String problem, String fileName, int lineNumber) {
        if (!condition) {
            throw new IllegalArgumentException(where(fileName, lineNumber) + ": " + problem);
        }
    }

    private static String where(String fileName, int lineNumber) {
        return fileName + " line " + lineNumber;
    }

    private static <T extends Comparable<? super T>> SortedSet<T> sorted(Set<T> values) {
        Objects.requireNonNull(values);
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
