package uz.yagona.appeals.web;

import java.security.Principal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.internal.Analytics;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Pinfl;

/**
 * The dashboards of appeals: for the public, every body's figures of a period as bar charts with their numbers,
 * the weekly trend and the map of located appeals by district; for the head or an officer of a body, the same
 * for their bodies' appeals, with the overdue ones by number. Server-rendered, no JavaScript.
 */
@Controller
class AnalyticsPages {

    private final Analytics analytics;
    private final Processing processing;
    private final FigureNames names;
    private final MessageSource messages;
    private final Persons persons;
    private final Officers officers;
    private final Agencies agencies;

    AnalyticsPages(Analytics analytics, Processing processing, FigureNames names, MessageSource messages,
            Persons persons, Officers officers, Agencies agencies) {
        this.analytics = analytics;
        this.processing = processing;
        this.names = names;
        this.messages = messages;
        this.persons = persons;
        this.officers = officers;
        this.agencies = agencies;
    }

    /** One bar of a chart: the group's name, its figures as text and the bar's length in percent of the most. */
    record Bar(String key, String name, long filed, long answered, long overdue, String averageDays,
            String satisfaction, int percent) {
    }

    /** A chart: its id (topic, district, agency), and the bars, most appeals first. */
    record Chart(String id, List<Bar> bars) {
    }

    /** The summary: registered, answered, overdue, average days to the answer, satisfaction of those who rated. */
    record Summary(long filed, long answered, long overdue, String averageDays, String satisfaction, long rated) {
    }

    @GetMapping("/appeals/analytics")
    String publicPage(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Model model, Locale locale) {
        model.addAttribute("office", false);
        return page(from, to, null, model, locale);
    }

    @GetMapping("/office/appeals/analytics")
    String officePage(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Principal principal, Model model, Locale locale) {
        var bodies = bodies(principal);
        model.addAttribute("office", true);
        model.addAttribute("bodies", bodies.stream().map(code -> names.body(code, locale)).toList());
        return page(from, to, bodies, model, locale);
    }

    private String page(@Nullable String from, @Nullable String to, @Nullable List<String> bodies, Model model,
            Locale locale) {
        var today = processing.today();
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        Period period;
        try {
            period = Period.of(from, to, today);
        } catch (InvalidAppeal invalid) {
            var errors = new HashMap<String, String>();
            invalid.fields().forEach((field, rule) -> errors.put(field,
                    messages.getMessage(rule.key(), rule.arguments(), locale)));
            model.addAttribute("errors", errors);
            return "appeals/analytics";
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("from", period.from().toString());
        model.addAttribute("to", period.to().toString());
        var total = analytics.total(period.from(), period.to(), today, bodies);
        model.addAttribute("summary", new Summary(total.filed(), total.answered(), total.overdue(),
                decimal(total.averageDays(), locale), decimal(total.satisfaction(), locale), total.rated()));
        model.addAttribute("charts", List.of(
                chart("topic", rows(Analytics.Dimension.TOPIC, period, today, bodies), locale),
                chart("district", rows(Analytics.Dimension.DISTRICT, period, today, bodies), locale),
                chart("agency", rows(Analytics.Dimension.AGENCY, period, today, bodies), locale)));
        model.addAttribute("weeks", Trend.of(weeks(rows(Analytics.Dimension.WEEK, period, today, bodies), period)));
        model.addAttribute("map", PlaceMap.of(analytics.spots(period.from(), period.to(), bodies),
                code -> names.place(code, locale), code -> names.region(code, locale)));
        if (bodies != null) {
            model.addAttribute("late", analytics.overdue(period.from(), period.to(), today, bodies, 500));
        }
        return "appeals/analytics";
    }

    private List<Analytics.Row> rows(Analytics.Dimension dimension, Period period, LocalDate today,
            @Nullable Collection<String> bodies) {
        return bodies == null ? analytics.by(dimension, period.from(), period.to(), today)
                : analytics.by(dimension, period.from(), period.to(), today, bodies);
    }

    private Chart chart(String id, List<Analytics.Row> rows, Locale locale) {
        long most = rows.stream().mapToLong(Analytics.Row::filed).max().orElse(1);
        var bars = rows.stream()
                .sorted((a, b) -> Long.compare(b.filed(), a.filed()))
                .map(row -> new Bar(row.key() == null ? "none" : row.key(), name(id, row.key(), locale), row.filed(),
                        row.answered(), row.overdue(), decimal(row.averageDays(), locale),
                        decimal(row.satisfaction(), locale), (int) Math.round(100.0 * row.filed() / most)))
                .toList();
        return new Chart(id, bars);
    }

    private String name(String chart, @Nullable String key, Locale locale) {
        if (key == null) {
            return messages.getMessage("appeals.dashboard." + chart + ".none", null, locale);
        }
        return switch (chart) {
            case "topic" -> names.topic(key, locale);
            case "district" -> names.place(key, locale);
            default -> names.body(key, locale);
        };
    }

    /** Every week of the period, from the Monday of its first day, with nothing where nothing was registered. */
    private static List<Trend.Week> weeks(List<Analytics.Row> rows, Period period) {
        var byMonday = new HashMap<String, Analytics.Row>();
        rows.forEach(row -> byMonday.put(row.key(), row));
        var weeks = new ArrayList<Trend.Week>();
        for (var monday = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            var row = byMonday.get(monday.toString());
            weeks.add(new Trend.Week(monday, row == null ? 0 : row.filed(), row == null ? 0 : row.answered()));
        }
        return weeks;
    }

    private static String decimal(@Nullable Double value, Locale locale) {
        if (value == null) {
            return "—";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** The codes of the bodies where the signed-in person heads or answers appeals; 403 for anyone else. */
    private List<String> bodies(Principal principal) {
        var person = persons.findByPinfl(new Pinfl(principal.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var codes = officers.of(person.id()).stream()
                .filter(o -> o.roles().contains(Processing.HEAD) || o.roles().contains(Processing.OFFICER))
                .flatMap(o -> agencies.find(o.agency()).stream()).map(agency -> agency.code()).distinct().sorted()
                .toList();
        if (codes.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "appeals.office.forbidden");
        }
        return codes;
    }
}
