package uz.yagona.registry.internal.banking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Debit;
import uz.yagona.registry.Hold;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.Money;

/** How accounts, holds and debits are read: the selects and their row mappers. */
final class Rows {

    static final String ACCOUNT = """
            select a.number, a.mfo, b.name_uz_latn as bank_name, a.owner_pinfl, a.owner_stir, a.currency,
                   a.balance, a.held, a.opened_on, a.closed_on
            from registry.account a join registry.bank b on b.mfo = a.mfo
            """;
    static final String HOLD = """
            select id, account, requested, held, agency_code, document, case_reference, placed_at, released_at
            from registry.hold
            """;
    static final String DEBIT = """
            select id, idempotency_key, account, hold_id, amount, beneficiary_account, agency_code, document,
                   case_reference, executed_at
            from registry.debit
            """;

    private Rows() {
    }

    static BankAccount account(ResultSet row, int rowNum) throws SQLException {
        return new BankAccount(row.getString("number"), row.getString("mfo"), row.getString("bank_name"),
                Columns.owner(row), row.getString("currency"), Money.ofTiyin(row.getLong("balance")),
                Money.ofTiyin(row.getLong("held")), row.getObject("opened_on", LocalDate.class),
                Columns.nullableDate(row, "closed_on"));
    }

    static Hold hold(ResultSet row, int rowNum) throws SQLException {
        return new Hold(row.getObject("id", UUID.class), row.getString("account"),
                Money.ofTiyin(row.getLong("requested")), Money.ofTiyin(row.getLong("held")), Columns.basis(row),
                Columns.instant(row, "placed_at"), Columns.nullableInstant(row, "released_at"));
    }

    static Debit debit(ResultSet row, int rowNum) throws SQLException {
        return new Debit(row.getObject("id", UUID.class), row.getString("idempotency_key"), row.getString("account"),
                row.getObject("hold_id", UUID.class), Money.ofTiyin(row.getLong("amount")),
                row.getString("beneficiary_account"), Columns.basis(row), Columns.instant(row, "executed_at"));
    }
}
