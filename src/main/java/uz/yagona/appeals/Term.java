package uz.yagona.appeals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The legal term of one appeal: registered on {@code registeredOn}, answer due by the end of {@code due}.
 * {@code lastDay} is the term's own last day by the calendar; {@code due} is the same or, where that day is a day
 * off, the first working day after it. A term may be extended once for extra study (to one month of receipt) and
 * once by the head of the body, each recorded here so it cannot happen twice.
 */
public record Term(AppealKind kind, LocalDate registeredOn, LocalDate lastDay, LocalDate due, boolean extendedForStudy,
        boolean extendedByHead) {

    /** Calendar days from {@code today} to the due day: 0 on the day itself, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** Overdue once the due day has passed without an answer. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(due);
    }
}
