package uz.yagona.appeals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import uz.yagona.appeals.InvalidAppeal;

/**
 * The registration days the figures of appeals cover, as the API and the dashboards take them: {@code to} today
 * unless given, {@code from} 90 days before {@code to} unless given, and at most three years in all.
 */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3 * 366;
    static final int DEFAULT_DAYS = 90;

    /**
     * The period of the parameters as given.
     *
     * @throws InvalidAppeal naming each parameter that is not a date, or {@code from} when the period runs
     *         backwards or is too long
     */
    static Period of(@Nullable String from, @Nullable String to, LocalDate today) {
        var broken = new LinkedHashMap<String, InvalidAppeal.Rule>();
        var end = date("to", to, today, broken);
        var start = date("from", from, end == null ? today.minusDays(DEFAULT_DAYS) : end.minusDays(DEFAULT_DAYS),
                broken);
        if (start != null && end != null && (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end))) {
            broken.put("from", new InvalidAppeal.Rule("appeals.analytics.range", String.valueOf(MAX_DAYS)));
        }
        if (!broken.isEmpty() || start == null || end == null) {
            throw new InvalidAppeal(broken);
        }
        return new Period(start, end);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, LocalDate fallback,
            LinkedHashMap<String, InvalidAppeal.Rule> broken) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            var date = LocalDate.parse(value.strip());
            if (date.getYear() >= 1900 && date.getYear() <= 2999) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // said below
        }
        broken.put(field, new InvalidAppeal.Rule("appeals.office.date"));
        return null;
    }
}
