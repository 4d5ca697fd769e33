package uz.yagona.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.exchange.ExchangeService;
import uz.yagona.exchange.Purpose;

/**
 * Which agency may call which service for which purpose, from {@code exchange.policy}. An agency code matches a
 * prefix whole or at a dot: {@code MBB} covers {@code MBB.1726.1726266}, never {@code MBBX}. The table is small
 * and read on every request, so it is kept in memory and read again at most every {@link #REFRESH}.
 */
@Component
public class Policy {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    Policy(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Why a request is refused, as a message key with arguments; empty if it is allowed. */
    public record Refusal(String rule, String detail, Object... arguments) {
    }

    private record Rule(String agencyPrefix, String purpose) {
        boolean covers(String agency) {
            return agency.equals(agencyPrefix) || agency.startsWith(agencyPrefix + ".");
        }
    }

    private record Snapshot(Map<String, List<Rule>> byService, Instant loadedAt) {
    }

    public Optional<Refusal> check(String agency, ExchangeService service, Purpose purpose) {
        var purposes = rules().getOrDefault(service.code(), List.of()).stream()
                .filter(rule -> rule.covers(agency)).map(Rule::purpose)
                .collect(Collectors.toCollection(TreeSet::new));
        if (purposes.isEmpty()) {
            return Optional.of(new Refusal("exchange.refused.service",
                    "Agency " + agency + " may not use " + service.code(), agency, service.code()));
        }
        if (!purposes.contains(purpose.name())) {
            return Optional.of(new Refusal("exchange.refused.purpose",
                    "Agency " + agency + " may use " + service.code() + " only for " + purposes, agency,
                    service.code(), purpose.name()));
        }
        return Optional.empty();
    }

    /** Reads the table again at once, after a change. */
    public void reload() {
        snapshot = load();
    }

    private Map<String, List<Rule>> rules() {
        var current = snapshot;
        if (current.loadedAt().isBefore(clock.instant().minus(REFRESH))) {
            current = load();
            snapshot = current;
        }
        return current.byService();
    }

    private Snapshot load() {
        record Row(String service, Rule rule) {
        }
        var rows = jdbc.sql("select service, agency_prefix, purpose from exchange.policy")
                .query((row, n) -> new Row(row.getString(1), new Rule(row.getString(2), row.getString(3)))).list();
        return new Snapshot(rows.stream().collect(Collectors.groupingBy(Row::service,
                Collectors.mapping(Row::rule, Collectors.toList()))), clock.instant());
    }
}
