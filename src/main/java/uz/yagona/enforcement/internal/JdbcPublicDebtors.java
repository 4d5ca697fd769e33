package uz.yagona.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.Party;
import uz.yagona.enforcement.PublicCase;
import uz.yagona.enforcement.PublicDebtors;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * The public debtor search over the cases' own indexes (PINFL, STIR) and {@code enforcement.public_debtor} (name
 * key and birth date), which this class keeps: a row when a person's case opens, none once it closes.
 */
@Service
class JdbcPublicDebtors implements PublicDebtors {

    private static final Logger log = LoggerFactory.getLogger(JdbcPublicDebtors.class);
    /** More cases than anyone reads on one page; a debtor with more still shows as one. */
    static final int LIMIT = 100;
    private static final int BATCH = 10_000;
    private static final String SELECT = "select c.number, w.debtor_name, c.claim_type, c.amount_tiyin, "
            + "c.recovered_tiyin, c.agency, c.officer from enforcement.enforcement_case c "
            + "join enforcement.writ w on w.number = c.writ_number ";

    private final JdbcClient jdbc;

    JdbcPublicDebtors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicCase> byPinfl(Pinfl pinfl) {
        return jdbc.sql(SELECT + "where c.debtor_pinfl = ? and c.status in ('OPEN', 'SUSPENDED') "
                + "order by c.opened_at, c.number limit " + LIMIT).param(pinfl.value()).query(JdbcPublicDebtors::map).list();
    }

    @Override
    public List<PublicCase> byStir(Stir stir) {
        return jdbc.sql(SELECT + "where c.debtor_stir = ? and c.status in ('OPEN', 'SUSPENDED') "
                + "order by c.opened_at, c.number limit " + LIMIT).param(stir.value()).query(JdbcPublicDebtors::map).list();
    }

    @Override
    public List<PublicCase> byName(String fullName, LocalDate birthDate) {
        var key = DebtorNames.ofQuery(fullName);
        return jdbc.sql("select c.number, w.debtor_name, c.claim_type, c.amount_tiyin, c.recovered_tiyin, c.agency, "
                        + "c.officer, p.patronymic_key from enforcement.public_debtor p "
                        + "join enforcement.enforcement_case c on c.number = p.case_number "
                        + "join enforcement.writ w on w.number = c.writ_number "
                        + "where p.name_key in (?, ?) and p.birth_date = ? and c.status in ('OPEN', 'SUSPENDED') "
                        + "order by c.opened_at, c.number limit " + LIMIT)
                .params(key.name(), key.swapped(), birthDate)
                .query((row, n) -> new Found(map(row, n), row.getString("patronymic_key"))).list().stream()
                .filter(found -> DebtorNames.patronymicAgrees(key.patronymic(), found.patronymic()))
                .map(Found::found).toList();
    }

    private record Found(PublicCase found, @Nullable String patronymic) {
    }

    /** Makes a newly opened case of a person findable by name; in the transaction that opens it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void opened(String caseNumber, Party debtor) {
        if (debtor.pinfl() == null) {
            return; // an entity has no birth date: it is found by its STIR
        }
        var key = DebtorNames.ofWrit(debtor.name());
        if (key == null) {
            log.warn("Case {}: the debtor's name gives no surname and given name to search by", caseNumber);
            return;
        }
        jdbc.sql("insert into enforcement.public_debtor (case_number, name_key, patronymic_key, birth_date) "
                        + "values (?, ?, ?, ?) on conflict (case_number) do nothing")
                .params(caseNumber, key.name(), key.patronymic(), debtor.pinfl().birthDate()).update();
    }

    /** A closed case leaves the search; in the transaction that closes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closed(String caseNumber) {
        jdbc.sql("delete from enforcement.public_debtor where case_number = ?").param(caseNumber).update();
    }

    private record Missing(String number, String pinfl, String name) {
    }

    /**
     * Fills the rows of open cases of persons that have none (cases opened before the table existed, or loaded
     * in bulk), in batches by case number, with the same keys as {@link #opened}; the number of rows added.
     * Several nodes may run it at once: a row is inserted only once.
     */
    @EventListener(ApplicationReadyEvent.class)
    int backfill() {
        int added = 0;
        var after = "";
        while (true) {
            var missing = jdbc.sql("select c.number, c.debtor_pinfl, w.debtor_name from enforcement.enforcement_case c "
                            + "join enforcement.writ w on w.number = c.writ_number where c.number > ? "
                            + "and c.status in ('OPEN', 'SUSPENDED') and c.debtor_pinfl is not null and not exists "
                            + "(select 1 from enforcement.public_debtor p where p.case_number = c.number) "
                            + "order by c.number limit " + BATCH)
                    .param(after)
                    .query((row, n) -> new Missing(row.getString(1), row.getString(2), row.getString(3))).list();
            if (missing.isEmpty()) {
                break;
            }
            var numbers = new ArrayList<String>(missing.size());
            var names = new ArrayList<@Nullable String>(missing.size());
            var patronymics = new ArrayList<@Nullable String>(missing.size());
            var births = new ArrayList<String>(missing.size());
            for (var m : missing) {
                var key = DebtorNames.ofWrit(m.name());
                if (key != null) {
                    numbers.add(m.number());
                    names.add(key.name());
                    patronymics.add(key.patronymic());
                    births.add(new Pinfl(m.pinfl()).birthDate().toString());
                }
            }
            // one statement a batch: the arrays are unnested into rows
            jdbc.sql("insert into enforcement.public_debtor (case_number, name_key, patronymic_key, birth_date) "
                            + "select * from unnest(?::text[], ?::text[], ?::text[], ?::date[]) "
                            + "on conflict (case_number) do nothing")
                    .params(numbers.toArray(String[]::new), names.toArray(String[]::new),
                            patronymics.toArray(String[]::new), births.toArray(String[]::new))
                    .update();
            added += numbers.size();
            after = missing.getLast().number();
        }
        if (added > 0) {
            log.info("Public debtor search: {} open cases made findable by name", added);
        }
        return added;
    }

    private static PublicCase map(ResultSet row, int n) throws SQLException {
        var amount = (Long) row.getObject("amount_tiyin");
        @Nullable Money due = amount == null ? null
                : Money.ofTiyin(Math.max(0, amount - row.getLong("recovered_tiyin")));
        return new PublicCase(row.getString("number"), row.getString("debtor_name"),
                ClaimType.valueOf(row.getString("claim_type")), due, row.getString("agency"),
                row.getObject("officer", UUID.class));
    }
}
