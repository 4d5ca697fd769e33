package uz.yagona.appeals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Analytics;
import uz.yagona.appeals.internal.Processing;

/**
 * The figures of appeals as open data, for anyone: by topic, district, body or week, in JSON or CSV. Counts only.
 */
@RestController
@Tag(name = "Appeals: analytics", description = "Volumes, answers, overdue, days to answer, satisfaction")
class AnalyticsApi {

    private final Analytics analytics;
    private final Processing processing;
    private final FigureNames names;

    AnalyticsApi(Analytics analytics, Processing processing, FigureNames names) {
        this.analytics = analytics;
        this.processing = processing;
        this.names = names;
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
            var period = Period.of(from, to, today);
            var rows = analytics.by(dimension, period.from(), period.to(), today).stream()
                    .map(row -> new RowJson(row.key(), names.of(dimension, row.key(), locale), row.filed(),
                            row.answered(), row.overdue(), row.averageDays(), row.satisfaction(), row.rated()))
                    .toList();
            if (format.equals("json")) {
                return ResponseEntity.ok(rows);
            }
            var csv = "key,name,filed,answered,overdue,average_days_to_answer,satisfaction,rated\n"
                    + rows.stream().map(AnalyticsApi::csv).collect(Collectors.joining());
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"appeals-by-"
                            + dimension.name().toLowerCase(Locale.ROOT) + ".csv\"").body(csv);
        } catch (InvalidAppeal invalid) {
            throw InvalidFields.of(invalid);
        }
    }

    record SpotJson(String district, String name, long appeals, double latitude, double longitude) {
    }

    @Operation(summary = "Located appeals by district", description = "Per district: the appeals registered in the "
            + "period that have a point, and the mean of their points rounded to two decimals. from/to as above; "
            + "format: json, csv or geojson (points).")
    @GetMapping("/api/v1/appeals/analytics/map")
    ResponseEntity<?> map(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(defaultValue = "json") String format,
            Locale locale) throws BindException {
        try {
            if (!List.of("json", "csv", "geojson").contains(format)) {
                throw new InvalidAppeal("format", "appeals.analytics.mapFormat", "json, csv, geojson");
            }
            var period = Period.of(from, to, processing.today());
            var spots = analytics.spots(period.from(), period.to(), null).stream()
                    .map(spot -> new SpotJson(spot.district(), names.district(spot.district(), locale), spot.located(), spot.latitude(), spot.longitude()))
                    .toList();
            return switch (format) {
                case "json" -> ResponseEntity.ok(spots);
                case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header("Content-Disposition", "attachment; filename=\"appeals-by-place.csv\"")
                        .body("district,name,appeals,latitude,longitude\n" + spots.stream()
                                .map(spot -> String.join(",", quoted(spot.district()), quoted(spot.name()),
                                        String.valueOf(spot.appeals()), String.valueOf(spot.latitude()),
                                        String.valueOf(spot.longitude())) + "\n")
                                .collect(Collectors.joining()));
                default -> ResponseEntity.ok().contentType(new MediaType("application", "geo+json"))
                        .body(Map.of("type", "FeatureCollection", "features", spots.stream()
                                .map(spot -> Map.of("type", "Feature",
                                        "geometry", Map.of("type", "Point",
                                                "coordinates", List.of(spot.longitude(), spot.latitude())),
                                        "properties", Map.of("district", spot.district(), "name", spot.name(),
                                                "appeals", spot.appeals())))
                                .toList()));
            };
        } catch (InvalidAppeal invalid) {
            throw InvalidFields.of(invalid);
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
