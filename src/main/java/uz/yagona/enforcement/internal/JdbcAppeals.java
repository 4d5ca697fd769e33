package uz.yagona.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.Appeal;
import uz.yagona.enforcement.CaseStateConflict;
import uz.yagona.enforcement.EnforcementAppeals;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.Writs;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;

/**
 * Appeals of debtors against entries of the case file and automated decisions. Upholding lifts what the appeal
 * contested through {@link Closure} (in the same transaction: if the exchange refuses, nothing is decided).
 */
@Service
class JdbcAppeals implements EnforcementAppeals {

    private static final String COLUMNS = "id, case_number, entry_id, decision_id, text, status, filed_at, "
            + "decided_by, answer, decided_at";
    static final String BASIS = EnforcementSettings.LAW + ": the debtor's complaint against an action of the "
            + "enforcement officer, decided by the head of the department";

    private final JdbcClient jdbc;
    private final EnforcementCases cases;
    private final Writs writs;
    private final Closure closure;
    private final CaseFile caseFile;
    private final Staff staff;
    private final Clock clock;

    JdbcAppeals(JdbcClient jdbc, EnforcementCases cases, Writs writs, Closure closure, CaseFile caseFile,
            Staff staff, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.writs = writs;
        this.closure = closure;
        this.caseFile = caseFile;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Appeal file(String caseNumber, Pinfl debtor, @Nullable UUID entry, @Nullable UUID decision,
            String text) {
        var c = cases.find(caseNumber).filter(found -> found.debtor().isPerson()
                && found.debtor().pinfl().equals(debtor)).orElseThrow(() -> new InvalidValueException(
                        "enforcement.case.unknown", "No case " + caseNumber, caseNumber));
        if ((entry == null) == (decision == null)) {
            throw new InvalidValueException("enforcement.appeal.entry",
                    "An appeal contests one entry of the case file or one automated decision");
        }
        boolean ours = entry != null
                ? jdbc.sql("select count(*) from enforcement.measure where id = ? and case_number = ? and kind not in "
                        + "('APPEAL', 'APPEAL_UPHELD', 'APPEAL_REJECTED')").params(entry, caseNumber)
                        .query(Long.class).single() == 1
                : jdbc.sql("select count(*) from enforcement.decision where id = ? and writ_number = ?")
                        .params(decision, c.writNumber()).query(Long.class).single() == 1;
        if (!ours) {
            throw new InvalidValueException("enforcement.appeal.entry",
                    "The contested entry or decision is not of this case", caseNumber);
        }
        var said = text == null ? "" : text.strip();
        if (said.length() < 10 || said.length() > 4000) {
            throw new InvalidValueException("enforcement.appeal.text", "The appeal's text has 10 to 4000 characters",
                    10, 4000);
        }
        // the case's row orders appeals of one case; the partial unique index is the last word
        jdbc.sql("select number from enforcement.enforcement_case where number = ? for update").param(caseNumber)
                .query(String.class).single();
        var target = entry != null ? entry : decision;
        if (jdbc.sql("select count(*) from enforcement.appeal where coalesce(entry_id, decision_id) = ? "
                + "and status = 'PENDING'").param(target).query(Long.class).single() > 0) {
            throw new CaseStateConflict("enforcement.appeal.pending", caseNumber);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into enforcement.appeal (id, case_number, entry_id, decision_id, debtor_pinfl, text, status, "
                        + "filed_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?)")
                .params(id, caseNumber, entry, decision, debtor.value(), said, Timestamp.from(clock.instant()))
                .update();
        var answer = new LinkedHashMap<String, @Nullable Object>();
        answer.put("appeal", id.toString());
        answer.put(entry != null ? "entry" : "decision", target.toString());
        answer.put("text", said);
        caseFile.add(caseNumber, "APPEAL", "debtor:" + debtor.value(), BASIS, answer);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Appeal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from enforcement.appeal where id = ?").param(id)
                .query(JdbcAppeals::map).optional();
    }

    @Override
    public List<Appeal> ofCase(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from enforcement.appeal where case_number = ? order by filed_at, id")
                .param(caseNumber).query(JdbcAppeals::map).list();
    }

    @Override
    public List<Appeal> pending(Collection<String> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        var codes = agencies.toArray(String[]::new);
        return jdbc.sql("select " + COLUMNS + " from enforcement.appeal a where status = 'PENDING' and exists ("
                        + "select 1 from enforcement.enforcement_case c where c.number = a.case_number and ("
                        + "c.agency = any(?) or split_part(c.agency, '.', 1) || '.' || split_part(c.agency, '.', 2) "
                        + "= any(?) and c.agency like '%.%.%')) order by filed_at, id limit 500")
                .params(codes, codes).query(JdbcAppeals::map).list();
    }

    @Override
    @Transactional
    public Appeal decide(UUID id, PersonId head, boolean uphold, String answer) {
        var appeal = jdbc.sql("select " + COLUMNS + " from enforcement.appeal where id = ? for update").param(id)
                .query(JdbcAppeals::map).optional().orElseThrow(() -> new InvalidValueException(
                        "enforcement.appeal.unknown", "No appeal " + id, id.toString()));
        var said = answer == null ? "" : answer.strip();
        if (said.length() < 3 || said.length() > 4000) {
            throw new InvalidValueException("enforcement.appeal.answer", "The decision's reasons have 3 to 4000 "
                    + "characters", 3, 4000);
        }
        if (!appeal.status().equals("PENDING")) {
            throw new CaseStateConflict("enforcement.appeal.decided", appeal.caseNumber(), appeal.status());
        }
        var c = cases.find(appeal.caseNumber()).orElseThrow();
        var debtor = Closure.debtor(c.debtor().pinfl() == null ? null : c.debtor().pinfl().value(),
                c.debtor().stir() == null ? null : c.debtor().stir().value());
        int lifted = 0;
        if (uphold) {
            for (var measure : contested(appeal, c.writNumber())) {
                lifted += closure.liftActive(c.number(), debtor, "the debtor's appeal is upheld", measure);
            }
        }
        var status = uphold ? "UPHELD" : "REJECTED";
        jdbc.sql("update enforcement.appeal set status = ?, decided_by = ?, answer = ?, decided_at = ? where id = ?")
                .params(status, head.value(), said, Timestamp.from(clock.instant()), id).update();
        var entry = new LinkedHashMap<String, Object>();
        entry.put("appeal", id.toString());
        entry.put("answer", said);
        entry.put("liftedMeasures", lifted);
        caseFile.add(c.number(), "APPEAL_" + status, "head:" + head.value(), BASIS, entry);
        var writ = writs.find(c.writNumber()).orElseThrow();
        staff.notifyParty(writ.debtor(), "enforcement-appeal-" + status.toLowerCase(java.util.Locale.ROOT),
                List.of(c.number(), said));
        return find(id).orElseThrow();
    }

    /** The active measures an appeal contests: the entry itself, or the travel ban a travel-ban decision placed. */
    private List<UUID> contested(Appeal appeal, String writNumber) {
        if (appeal.entry() != null) {
            return List.of(appeal.entry());
        }
        var banned = jdbc.sql("select count(*) from enforcement.decision where id = ? and writ_number = ? "
                + "and kind = 'TRAVEL_BAN' and outcome = 'BAN'").params(appeal.decision(), writNumber)
                .query(Long.class).single() == 1;
        if (!banned) {
            return List.of();
        }
        return jdbc.sql("select id from enforcement.measure where case_number = ? and kind = 'TRAVEL_BAN' "
                        + "and status = 'ACTIVE'").param(appeal.caseNumber())
                .query((r, n) -> r.getObject(1, UUID.class)).list();
    }

    private static Appeal map(ResultSet row, int n) throws SQLException {
        var decided = row.getTimestamp("decided_at");
        return new Appeal(row.getObject("id", UUID.class), row.getString("case_number"),
                row.getObject("entry_id", UUID.class), row.getObject("decision_id", UUID.class),
                row.getString("text"), row.getString("status"), row.getTimestamp("filed_at").toInstant(),
                row.getObject("decided_by", UUID.class), row.getString("answer"),
                decided == null ? null : decided.toInstant());
    }
}
