package uz.yagona.enforcement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.Writ;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.Officer;
import uz.yagona.identity.Officers;
import uz.yagona.shared.Soato;

/**
 * Who takes a new case: the department of the debtor's district ({@code MBB.<region>.<district>}, the district
 * from the registered address through the exchange for a person, from the writ for an entity; the regional office,
 * then the bureau, where the district has no department), and there the {@code ENFORCEMENT_OFFICER} with the
 * fewest open cases, ties broken by the officer's id.
 */
@Component
class Assignment {

    static final String RULE = "least-open-cases/v1";
    static final String ROLE = "ENFORCEMENT_OFFICER";

    private final Exchange exchange;
    private final Agencies agencies;
    private final Officers officers;
    private final JdbcClient jdbc;
    private final EnforcementSettings settings;
    private final Decisions decisions;

    Assignment(Exchange exchange, Agencies agencies, Officers officers, JdbcClient jdbc,
            EnforcementSettings settings, Decisions decisions) {
        this.exchange = exchange;
        this.agencies = agencies;
        this.officers = officers;
        this.jdbc = jdbc;
        this.settings = settings;
        this.decisions = decisions;
    }

    /** The department and officer chosen, with the inputs (JSON) and the reason, for the decision record. */
    record Choice(String agency, @Nullable UUID officer, String inputs, String reason) {
    }

    Choice choose(Writ writ, String caseNumber) {
        String source;
        Soato district = null;
        if (writ.debtor().isPerson()) {
            source = "population.person (registered address) through the exchange";
            try {
                district = exchange.personalData(writ.debtor().pinfl(), RequestContext.system(
                        EnforcementSettings.BUREAU, settings.system(), Purpose.ENFORCEMENT, EnforcementSettings.LAW,
                        caseNumber)).district();
            } catch (ExchangeException unknown) {
                source = "population.person: " + unknown.getMessage();
            }
        } else {
            source = "the writ (entity debtor)";
            district = writ.debtorDistrict() == null ? null : new Soato(writ.debtorDistrict());
        }
        var agency = department(district);
        var candidates = agency == null ? List.<Officer>of() : officers.at(agency.id(), ROLE);
        var open = openCases(candidates);
        var chosen = candidates.stream()
                .min(Comparator.<Officer>comparingLong(o -> open.getOrDefault(o.id(), 0L))
                        .thenComparing(o -> o.id().toString()))
                .orElse(null);
        var agencyCode = agency == null ? EnforcementSettings.BUREAU : agency.code();
        var load = new ArrayList<Map<String, Object>>();
        for (var officer : candidates) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("officer", officer.id().toString());
            entry.put("openCases", open.getOrDefault(officer.id(), 0L));
            load.add(entry);
        }
        var inputs = decisions.inputs("debtorDistrict", district == null ? null : district.value(),
                "districtSource", source, "department", agencyCode, "role", ROLE, "officers", load);
        var reason = chosen == null
                ? "No " + ROLE + " in " + agencyCode + ": the case waits for the head of the department to assign it."
                : "Officer " + chosen.id() + " has " + open.getOrDefault(chosen.id(), 0L)
                        + " open cases, the fewest of " + candidates.size() + " officers of " + agencyCode
                        + " (ties go to the lowest id).";
        return new Choice(agencyCode, chosen == null ? null : chosen.id(), inputs, reason);
    }

    private @Nullable Agency department(@Nullable Soato district) {
        var codes = new ArrayList<String>();
        if (district != null && !district.isRegion()) {
            codes.add(EnforcementSettings.BUREAU + "." + district.region().value() + "." + district.value());
        }
        if (district != null) {
            codes.add(EnforcementSettings.BUREAU + "." + district.region().value());
        }
        codes.add(EnforcementSettings.BUREAU);
        return codes.stream().map(agencies::findByCode).flatMap(java.util.Optional::stream).findFirst().orElse(null);
    }

    private Map<UUID, Long> openCases(List<Officer> candidates) {
        var counts = new LinkedHashMap<UUID, Long>();
        if (candidates.isEmpty()) {
            return counts;
        }
        jdbc.sql("select officer, count(*) from enforcement.enforcement_case "
                        + "where status in ('OPEN', 'SUSPENDED') and officer = any(?) group by officer")
                .param(candidates.stream().map(Officer::id).toArray(UUID[]::new))
                .query((row, n) -> counts.put(row.getObject(1, UUID.class), row.getLong(2))).list();
        return counts;
    }
}
