package uz.yagona.enforcement.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.enforcement.EnforcementStatistics;
import uz.yagona.enforcement.EnforcementStatistics.Figures;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.shared.Money;

/**
 * The head of department's figures (role {@code SUPERVISOR} in an agency of the bureau): the cases of the
 * departments under the agency they head, by region and by officer, as a table with bars and as CSV.
 */
@Controller
class StatisticsPages {

    private final EnforcementStatistics statistics;
    private final Bureau bureau;
    private final Agencies agencies;
    private final Officers officers;
    private final Persons persons;
    private final MessageSource texts;

    StatisticsPages(EnforcementStatistics statistics, Bureau bureau, Agencies agencies, Officers officers,
            Persons persons, MessageSource texts) {
        this.texts = texts;
        this.statistics = statistics;
        this.bureau = bureau;
        this.agencies = agencies;
        this.officers = officers;
        this.persons = persons;
    }

    /** A line of the table: the figures, a name for the key, and the percentages the bars show. */
    record Line(Figures figures, String name, String ordered, String recovered, @Nullable String share,
            int sharePercent) {
    }

    @GetMapping("/office/enforcement/statistics")
    String page(Principal principal, Model model, Locale locale) {
        var scopes = scopes(principal);
        model.addAttribute("scopes", scopes);
        model.addAttribute("regions", statistics.byRegion(scopes).stream()
                .map(f -> line(f, regionName(f.key(), locale), locale)).toList());
        var byOfficer = statistics.byOfficer(scopes);
        var names = officerNames(byOfficer, locale);
        var unassigned = texts.getMessage("enforcement.statistics.unassigned", null, locale);
        model.addAttribute("officers", byOfficer.stream()
                .map(f -> line(f, f.key() == null ? unassigned : names.getOrDefault(f.key(), f.key()), locale))
                .toList());
        return "enforcement/statistics";
    }

    @GetMapping(value = "/office/enforcement/statistics.csv", produces = "text/csv")
    ResponseEntity<String> csv(Principal principal) {
        var scopes = scopes(principal);
        return csv(statistics, scopes);
    }

    static ResponseEntity<String> csv(EnforcementStatistics statistics, List<String> scopes) {
        var out = new StringBuilder("level,key,agency,open,closed,ordered_tiyin,recovered_tiyin,recovered_share,"
                + "average_days\r\n");
        statistics.byRegion(scopes).forEach(f -> out.append(csvLine("region", f)));
        statistics.byOfficer(scopes).forEach(f -> out.append(csvLine("officer", f)));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"enforcement-statistics.csv\"")
                .body(out.toString());
    }

    private static String csvLine(String level, Figures f) {
        // keys and agency codes are digits, dots, letters and dashes: nothing to quote
        return String.join(",", level, text(f.key()), text(f.agency()), String.valueOf(f.open()),
                String.valueOf(f.closed()), String.valueOf(f.orderedTiyin()), String.valueOf(f.recoveredTiyin()),
                text(f.recoveredShare()), text(f.averageDays())) + "\r\n";
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private List<String> scopes(Principal principal) {
        var scopes = bureau.headScopes(bureau.person(principal));
        if (scopes.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "enforcement.statistics.forbidden");
        }
        return scopes;
    }

    private static Line line(Figures f, String name, Locale locale) {
        var share = f.recoveredShare();
        int percent = share == null ? 0
                : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValue();
        return new Line(f, name, Money.ofTiyin(f.orderedTiyin()).format(locale),
                Money.ofTiyin(f.recoveredTiyin()).format(locale),
                share == null ? null : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + " %", Math.max(0, Math.min(100, percent)));
    }

    /** The region's office by name where the bureau has one ({@code MBB.<region>}), with the code. */
    private String regionName(@Nullable String key, Locale locale) {
        if (key == null) {
            return "—";
        }
        var code = key.equals(Bureau.BUREAU) ? key : Bureau.BUREAU + "." + key;
        return agencies.findByCode(code).map(a -> a.name().in(locale) + " (" + key + ")").orElse(key);
    }

    /** The officers' names, by their appointment's id, looked up in the departments that hold their cases. */
    private Map<String, String> officerNames(List<Figures> lines, Locale locale) {
        var names = new HashMap<String, String>();
        lines.stream().map(Figures::agency).distinct().forEach(code -> agencies.findByCode(code).ifPresent(a ->
                officers.at(a.id(), Bureau.OFFICER).forEach(o -> persons.find(o.person()).ifPresent(p ->
                        names.put(o.id().toString(), p.nameFor(locale).last() + " " + p.nameFor(locale).first())))));
        return names;
    }
}
