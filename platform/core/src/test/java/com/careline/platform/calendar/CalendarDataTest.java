package com.careline.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain unit test: parsing and loading are pure, no Quarkus needed. */
class CalendarDataTest {

    private static final String HEADER = "from,to,kind,name\n";

    private static CalendarData shipped() {
        return CalendarData.loadClasspath(CalendarDataTest.class.getClassLoader(), "calendar/index.txt");
    }

    @Test
    void shipsBothYearsOfTheStateCouncilNotices() {
        var data = shipped();

        assertEquals(Set.of(2025, 2026), data.coveredYears());
        assertEquals(28, data.holidays().stream().filter(d -> d.getYear() == 2025).count());
        assertEquals(33, data.holidays().stream().filter(d -> d.getYear() == 2026).count());
        assertEquals(Set.of(LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08"), LocalDate.parse("2025-04-27"),
                LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"), LocalDate.parse("2026-01-04"),
                LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"),
                LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10")), data.makeUpWorkdays());
    }

    @Test
    void parsesRangesInclusiveAndSkipsCommentsBlankLinesAndByteOrderMark() {
        var csv = "\uFEFF# notice\n" + HEADER + "\n2027-10-01,2027-10-03,HOLIDAY,National Day, test 国庆节\n"
                + "# a comment\n2027-10-09,2027-10-09,WORKDAY,make-up 调休\n";

        var data = CalendarData.parse("cn-2027.csv", new StringReader(csv));

        assertEquals(Set.of(2027), data.coveredYears());
        assertEquals(Set.of(LocalDate.parse("2027-10-01"), LocalDate.parse("2027-10-02"), LocalDate.parse("2027-10-03")),
                data.holidays());
        assertEquals(Set.of(LocalDate.parse("2027-10-09")), data.makeUpWorkdays());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-13-01,2026-13-01,HOLIDAY,bad month      | 2026-13-01
            2026-10-07,2026-10-01,HOLIDAY,reversed       | before 'from'
            2026-10-01,2026-10-07,HOLIDYA,typo           | unknown kind HOLIDYA
            2026-10-01,2026-10-07,HOLIDAY                | expected from,to,kind,name
            2026-10-09,2026-10-09,WORKDAY,a Friday       | not a weekend
            2027-01-01,2027-01-01,HOLIDAY,next year      | one year
            2026-12-31,2027-01-01,HOLIDAY,across years   | one year
            2026-09-26,2026-09-26,WORKDAY,also a holiday | both
            """)
    void namesFileAndLineOfABadLine(String badLine, String problem) {
        var csv = "# notice\n" + HEADER + "2026-09-25,2026-09-27,HOLIDAY,Mid-Autumn 中秋节\n" + badLine + "\n";

        var error = assertThrows(IllegalArgumentException.class, () -> CalendarData.parse("bad.csv", new StringReader(csv)));

        assertTrue(error.getMessage().startsWith("bad.csv line 4: "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }

    @Test
    void rejectsAFileWithoutHeader() {
        var csv = "# notice\n2026-10-01,2026-10-07,HOLIDAY,National Day 国庆节\n";

        var error = assertThrows(IllegalArgumentException.class, () -> CalendarData.parse("bad.csv", new StringReader(csv)));

        assertTrue(error.getMessage().startsWith("bad.csv line 2: expected header"), error.getMessage());
    }

    @Test
    void rejectsAFileWithoutDatesSinceItsYearIsUnknown() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> CalendarData.parse("empty.csv", new StringReader("# notice\n" + HEADER)));

        assertTrue(error.getMessage().contains("empty.csv"), error.getMessage());
    }

    @Test
    void directoryFileOverridesTheShippedYearAndAddsANewOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cn-2026.csv"), HEADER + "2026-10-01,2026-10-08,HOLIDAY,National Day 国庆节\n");
        Files.writeString(dir.resolve("cn-2027.csv"), HEADER + "2027-01-01,2027-01-01,HOLIDAY,New Year 元旦\n");
        Files.writeString(dir.resolve("README.txt"), "not a calendar");

        var data = CalendarData.merge(shipped(), CalendarData.loadDirectory(dir));

        assertEquals(Set.of(2025, 2026, 2027), data.coveredYears());
        assertTrue(data.holidays().contains(LocalDate.parse("2026-10-08")));
        assertFalse(data.holidays().contains(LocalDate.parse("2026-02-16")), "shipped 2026 replaced whole");
        assertFalse(data.makeUpWorkdays().contains(LocalDate.parse("2026-10-10")), "shipped 2026 replaced whole");
        assertTrue(data.makeUpWorkdays().contains(LocalDate.parse("2025-10-11")), "2025 kept");
        assertTrue(data.holidays().contains(LocalDate.parse("2027-01-01")));
    }

    @Test
    void rejectsTwoDirectoryFilesForOneYear(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.csv"), HEADER + "2027-01-01,2027-01-01,HOLIDAY,New Year 元旦\n");
        Files.writeString(dir.resolve("b.csv"), HEADER + "2027-05-01,2027-05-01,HOLIDAY,Labour Day 劳动节\n");

        var error = assertThrows(IllegalArgumentException.class, () -> CalendarData.loadDirectory(dir));

        assertTrue(error.getMessage().contains("2027"), error.getMessage());
    }

    @Test
    void namesAMissingIndexResource() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> CalendarData.loadClasspath(getClass().getClassLoader(), "calendar/missing-index.txt"));

        assertTrue(error.getMessage().contains("calendar/missing-index.txt"), error.getMessage());
    }
}
