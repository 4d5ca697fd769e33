package uz.yagona.enforcement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.AutomatedDecision;

/** The record of automated decisions: inputs, rule, outcome and reason, in the caller's transaction. */
@Component
class Decisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    Decisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inputs as JSON from name/value pairs, in the order given. */
    String inputs(Object... pairs) {
        var map = new LinkedHashMap<String, @Nullable Object>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return JSON.writeValueAsString(map);
    }

    void record(@Nullable String caseNumber, String writNumber, String kind, String rule, String inputs,
            String outcome, String reason) {
        jdbc.sql("insert into enforcement.decision (id, case_number, writ_number, kind, rule, inputs, outcome, reason, "
                        + "decided_at) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(UUID.randomUUID(), caseNumber, writNumber, kind, rule, inputs, outcome, reason,
                        Timestamp.from(clock.instant()))
                .update();
    }

    List<AutomatedDecision> of(String writNumber) {
        return jdbc.sql("select id, case_number, writ_number, kind, rule, inputs::text, outcome, reason, decided_at "
                        + "from enforcement.decision where writ_number = ? order by decided_at, id")
                .param(writNumber)
                .query((row, n) -> new AutomatedDecision(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                        row.getString(8), row.getTimestamp(9).toInstant()))
                .list();
    }
}
