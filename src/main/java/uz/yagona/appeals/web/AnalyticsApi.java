package uz.yagona.appeals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Analytics;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.Soato;

/**
 * The figures of appeals as open data, for anyone: by topic, district, body or week, in JSON or CSV. Counts only.
 */
@RestController
@Tag(name = "Appeals: analytics", description = "Volumes, answers, overdue, days to answer, satisfaction")
class AnalyticsApi {

    private static final int MAX_DAYS = 3 * 366;

    private final Analytics analytics;
    private final Processing processing;
    private final Divisions divisions;
    private final MessageSource messages;

    AnalyticsApi(Analytics analytics, Processing processing, Divisions divisions, MessageSource messages) {
        this.analytics = analytics;
        this.processing = processing;
        this.divisions = divisions;
        this.messages = messages;
    }

    record RowJson(@Nullable String key, @Nullable String name, long filed, long answered, long overdue,
            @Nullable Double averageDaysToAnswer, @Nullable Double satisfaction, long rated) {
    }

    @Operation(summary = "Appeals in figures", description = "by: topic, district, agency or week (the Monday); "
            + "from/to: registration dates (default the last 90 days, at most three years); format: json or csv.")
    @GetMapping("/api/v1/appeals/analytics")
    ResponseEntity<?> figures(@RequestParam(defaultValue = "topic") String by,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "json") String format, Locale locale) throws BindException {
        try {
            var dimension = switch (by.strip().toLowerCase(Locale.ROOT)) {
                case "topic" -> Analytics.Dimension.TOPIC;
                case "district" -> Analytics.Dimension.DISTRICT;
                case "agency" -> Analytics.Dimension.AGENCY;
                case "week" -> Analytics.Dimension.WEEK;
                default -> throw new InvalidAppeal("by", "appeals.analytics.by");
            };
            if (!List.of("json", "csv").contains(format)) {
                throw new InvalidAppeal("format", "appeals.analytics.format");
            }
            var today = processing.today();
            var end = date("to", to, today);
            var start = date("from", from, end.minusDays(90));
            if (start.isAfter(end) || start.plusDays(MAX_DAYS).isBefore(end)) {
                throw new InvalidAppeal("from", "appeals.analytics.range", String.valueOf(MAX_DAYS));
            }
            var rows = analytics.by(dimension, start, end, today).stream()
                    .map(row -> new RowJson(row.key(), name(dimension, row.key(), locale), row.filed(),
                            row.answered(), row.overdue(), row.averageDays(), row.satisfaction(), row.rated()))
                    .toList();
            if (format.equals("json")) {
                return ResponseEntity.ok(rows);
            }
            var csv = "key,name,filed,answered,overdue,average_days_to_answer,satisfaction,rated\n"
                    + rows.stream().map(AnalyticsApi::csv).collect(Collectors.joining());
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"appeals-by-" + by + ".csv\"").body(csv);
        } catch (InvalidAppeal invalid) {
            throw InvalidFields.of(invalid);
        }
    }

    private @Nullable String name(Analytics.Dimension dimension, @Nullable String key, Locale locale) {
        if (key == null) {
            return null;
        }
        return switch (dimension) {
            case TOPIC -> messages.getMessage("appeals.topic." + key, null, key, locale);
            case DISTRICT -> divisions.district(Soato.ofDistrict(key)).map(d -> d.name().in(locale)).orElse(key);
            case AGENCY, WEEK -> key;
        };
    }

    private static LocalDate date(String field, @Nullable String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidAppeal(field, "appeals.office.date");
        }
    }

    private static String csv(RowJson row) {
        return String.join(",", quoted(row.key()), quoted(row.name()), String.valueOf(row.filed()),
                String.valueOf(row.answered()), String.valueOf(row.overdue()),
                row.averageDaysToAnswer() == null ? "" : String.valueOf(row.averageDaysToAnswer()),
                row.satisfaction() == null ? "" : String.valueOf(row.satisfaction()), String.valueOf(row.rated()))
                + "\n";
    }

    private static String quoted(@Nullable String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
