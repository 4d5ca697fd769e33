package uz.yagona.exchange.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.exchange.ExchangeService;
import uz.yagona.exchange.Purpose;

/**
 * Which agency may call which service for which purpose, from {@code exchange.policy}. An agency code matches a
 * prefix whole or at a dot: {@code MBB} covers {@code MBB.1726.1726266}, never {@code MBBX}.
 */
@Component
public class Policy {

    private final JdbcClient jdbc;

    Policy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Why a request is refused, as a message key with arguments; empty if it is allowed. */
    public record Refusal(String rule, String detail, Object... arguments) {
    }

    public Optional<Refusal> check(String agency, ExchangeService service, Purpose purpose) {
        List<String> purposes = jdbc.sql("""
                select distinct purpose from exchange.policy
                where service = ? and (agency_prefix = ? or ? like agency_prefix || '.%')
                order by purpose""")
                .params(service.code(), agency, agency).query(String.class).list();
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
}
