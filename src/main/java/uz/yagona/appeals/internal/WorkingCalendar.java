package uz.yagona.appeals.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/** Which days the bodies work, from the settings: the working week, less holidays, plus declared working days. */
final class WorkingCalendar {

    private final TermSettings settings;
    private final Set<MonthDay> fixedHolidays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    WorkingCalendar(TermSettings settings) {
        this.settings = settings;
        this.fixedHolidays = new HashSet<>(settings.fixedHolidays());
        this.holidays = new HashSet<>(settings.holidays());
        this.workingWeekends = new HashSet<>(settings.workingWeekends());
    }

    boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        return settings.workingDays().contains(day.getDayOfWeek()) && !holidays.contains(day)
                && !fixedHolidays.contains(MonthDay.from(day));
    }

    /** The day itself when the bodies work on it, else the first working day after it. */
    LocalDate onOrAfter(LocalDate day) {
        var next = day;
        // a year of days off in a row would be a broken calendar, not a long holiday
        for (int i = 0; i < 366; i++) {
            if (isWorkingDay(next)) {
                return next;
            }
            next = next.plusDays(1);
        }
        throw new IllegalStateException("No working day in the year after " + day + ": check the calendar settings");
    }

    /** The first working day after {@code day}. */
    LocalDate after(LocalDate day) {
        return onOrAfter(day.plusDays(1));
    }
}
