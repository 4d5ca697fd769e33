package uz.yagona.enforcement.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uz.yagona.enforcement.CaseStatus;
import uz.yagona.enforcement.Caseload;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

@Service
class JdbcCaseload implements Caseload {

    private final JdbcClient jdbc;

    JdbcCaseload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Queued> queue(Collection<String> agencies, Collection<UUID> officers, @Nullable CaseStatus status,
            int limit) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + JdbcCases.COLUMNS + ", coalesce(c.officer = any(?), false) as mine, "
                        + "(select max(m.placed_at) from enforcement.measure m where m.case_number = c.number) "
                        + "as last_measure, c.amount_tiyin - c.recovered_tiyin + c.fee_tiyin - c.fee_paid_tiyin "
                        + "as due_tiyin" + JdbcCases.FROM + "where c.agency = any(?) and (? or c.status = ?) "
                        + "order by mine desc, c.opened_at desc, c.number limit ?")
                .params(officers.toArray(UUID[]::new), agencies.toArray(String[]::new), status == null,
                        status == null ? "" : status.name(), Math.max(1, Math.min(limit, 1000)))
                .query((row, n) -> {
                    var last = row.getTimestamp("last_measure");
                    var due = (Long) row.getObject("due_tiyin");
                    return new Queued(JdbcCases.map(row, n), row.getBoolean("mine"),
                            due == null ? null : Money.ofTiyin(due), last == null ? null : last.toInstant());
                })
                .list();
    }

    @Override
    public CaseMoney money(String caseNumber) {
        var fees = jdbc.sql("select fee_tiyin, fee_paid_tiyin from enforcement.enforcement_case where number = ?")
                .param(caseNumber).query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).optional()
                .orElse(new long[] {0, 0});
        var payouts = jdbc.sql("select r.received_at, r.source, r.amount_tiyin, d.beneficiary, d.part, "
                        + "d.amount_tiyin from enforcement.distribution d join enforcement.receipt r "
                        + "on r.id = d.receipt_id where d.case_number = ? order by r.received_at, d.part, d.id")
                .param(caseNumber)
                .query((row, n) -> new Payout(row.getTimestamp(1).toInstant(), row.getString(2),
                        Money.ofTiyin(row.getLong(3)), row.getString(4), row.getString(5),
                        Money.ofTiyin(row.getLong(6))))
                .list();
        return new CaseMoney(Money.ofTiyin(fees[0]), Money.ofTiyin(fees[1]), payouts);
    }

    @Override
    public List<EnforcementCase> ofEntity(Stir debtor) {
        return jdbc.sql("select " + JdbcCases.COLUMNS + JdbcCases.FROM
                        + "where c.debtor_stir = ? order by c.opened_at desc, c.number")
                .param(debtor.value()).query(JdbcCases::map).list();
    }

    @Override
    public List<CreditorWrit> ofCreditor(String creditor) {
        return jdbc.sql("select w.number, c.number, c.status, w.debtor_name, w.claim_type, w.amount_tiyin, "
                        + "coalesce(c.recovered_tiyin, 0), coalesce((select sum(d.amount_tiyin) from "
                        + "enforcement.distribution d where d.case_number = c.number and d.part = 'CLAIM' "
                        + "and d.beneficiary = ?), 0) from enforcement.writ w "
                        + "left join enforcement.enforcement_case c on c.writ_number = w.number "
                        + "where coalesce(w.creditor_pinfl, w.creditor_stir) = ? and w.status = 'SIGNED' "
                        + "order by w.signed_at desc, w.number")
                .params(creditor, creditor)
                .query((row, n) -> {
                    var status = row.getString(3);
                    var ordered = (Long) row.getObject(6);
                    return new CreditorWrit(row.getString(1), row.getString(2),
                            status == null ? null : CaseStatus.valueOf(status), row.getString(4),
                            ClaimType.valueOf(row.getString(5)), ordered == null ? null : Money.ofTiyin(ordered),
                            Money.ofTiyin(row.getLong(7)), Money.ofTiyin(row.getLong(8)));
                })
                .list();
    }
}
