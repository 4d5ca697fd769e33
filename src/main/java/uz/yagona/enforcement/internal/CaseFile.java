package uz.yagona.enforcement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.EnforcementMeasures;

/** Entries of the case file that are not measures: officers' actions, appeals and their outcome. */
@Component
class CaseFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final EnforcementMeasures measures;
    private final Clock clock;

    CaseFile(JdbcClient jdbc, EnforcementMeasures measures, Clock clock) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.clock = clock;
    }

    /** Adds a done entry in the caller's transaction and answers it. */
    CaseEntry add(String caseNumber, String kind, String actor, String legalBasis, Object answer) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into enforcement.measure (id, case_number, kind, actor, legal_basis, answer, status, "
                        + "placed_at) values (?, ?, ?, ?, ?, cast(? as jsonb), 'DONE', ?)")
                .params(id, caseNumber, kind, actor, legalBasis, JSON.writeValueAsString(answer),
                        Timestamp.from(clock.instant()))
                .update();
        return measures.file(caseNumber).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
