package com.careline.revisit.partner;

import static com.careline.revisit.RevisitFixtures.at;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import com.careline.platform.calendar.BusinessCalendar;
import com.careline.platform.calendar.CalendarData;
import com.careline.platform.calendar.WorkingHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyPlanTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final BusinessCalendar DAYS = new BusinessCalendar(ZONE, WorkingHours.DEFAULT,
            CalendarData.loadClasspath(MonthlyPlanTest.class.getClassLoader(), "calendar/index.txt"));

    @ParameterizedTest(name = "{0} generated on {1}: due {2}, by {3}")
    @CsvSource({
            // October 2026 starts with the National Day holiday; its last working day is Friday 30 Oct
            "2026-10, 2026-10-01, 2026-10-08, 2026-10-30",
            // generated late in the month: due today
            "2026-11, 2026-11-26, 2026-11-26, 2026-11-30",
            // generated ahead of the month: its first working day
            "2026-02, 2026-01-20, 2026-02-02, 2026-02-28"
    })
    void monthlyCallIsDueFromTheFirstWorkingDayToTheLast(String month, LocalDate today, LocalDate due,
            LocalDate last) {
        var plan = MonthlyPlan.of(DAYS, YearMonth.parse(month), today);

        assertThat(plan.dueOn(), is(due));
        assertThat(plan.deadline(), is(at(last + "T17:30")));
    }
}
