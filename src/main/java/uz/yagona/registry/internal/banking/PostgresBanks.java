package uz.yagona.registry.internal.banking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.registry.Bank;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Banks;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Debit;
import uz.yagona.registry.Hold;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RecordNotFoundException;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Money;

/**
 * Accounts, holds and debits in PostgreSQL. Every change of money locks the account rows it touches
 * ({@code select ... for update}, in account-number order so that two transfers in opposite directions cannot
 * deadlock) and then checks its rule, so concurrent requests are serialized per account; the table checks
 * ({@code 0 <= held <= balance}) stand behind the code as the last guard.
 */
@Service
@Transactional
class PostgresBanks implements Banks {

    private static final String ACCOUNT = """
            select a.number, a.mfo, b.name_uz_latn as bank_name, a.owner_pinfl, a.owner_stir, a.currency,
                   a.balance, a.held, a.opened_on, a.closed_on
            from registry.account a join registry.bank b on b.mfo = a.mfo
            """;
    private static final String HOLD = """
            select id, account, requested, held, agency_code, document, case_reference, placed_at, released_at
            from registry.hold
            """;
    private static final String DEBIT = """
            select id, idempotency_key, account, hold_id, amount, beneficiary_account, agency_code, document,
                   case_reference, executed_at
            from registry.debit
            """;

    private final JdbcClient jdbc;

    PostgresBanks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BankAccount> accountsOf(Owner owner) {
        return jdbc.sql(ACCOUNT + "where a." + Columns.ownerColumn(owner) + " = ? order by a.opened_on, a.number")
                .param(Columns.ownerValue(owner)).query(PostgresBanks::account).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BankAccount> account(String number) {
        BankAccount.requireNumber(number);
        return jdbc.sql(ACCOUNT + "where a.number = ?").param(number).query(PostgresBanks::account).optional();
    }

    @Override
    public Hold hold(String account, Money amount, Basis basis) {
        requirePositive(amount);
        var locked = lock(account);
        if (locked.closedOn() != null) {
            throw new InvalidValueException("banking.account-closed", "the account is closed", account);
        }
        var taken = Money.ofTiyin(Math.min(amount.tiyin(), locked.available()));
        var hold = new Hold(UUID.randomUUID(), account, amount, taken, basis, Columns.now(), null);
        jdbc.sql("""
                insert into registry.hold (id, account, requested, held, agency_code, document, case_reference,
                                           placed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hold.id(), account, amount.tiyin(), taken.tiyin(), basis.agencyCode(), basis.document(),
                        basis.caseReference(), Columns.timestamp(hold.placedAt()))
                .update();
        jdbc.sql("update registry.account set held = held + ? where number = ?").params(taken.tiyin(), account)
                .update();
        return hold;
    }

    @Override
    public void release(UUID holdId, Basis basis) {
        var hold = lockedHold(holdId);
        if (!hold.isActive()) {
            throw new InvalidValueException("banking.hold-released", "the hold was released before",
                    holdId.toString());
        }
        jdbc.sql("""
                update registry.hold set released_at = ?, release_agency_code = ?, release_document = ?,
                                         release_case = ?
                where id = ?""")
                .params(Columns.timestamp(Columns.now()), basis.agencyCode(), basis.document(),
                        basis.caseReference(), holdId)
                .update();
        jdbc.sql("update registry.account set held = held - ? where number = ?")
                .params(hold.held().tiyin(), hold.account()).update();
    }

    @Override
    public Debit debit(String idempotencyKey, UUID holdId, Money amount, String beneficiaryAccount, Basis basis) {
        requireKey(idempotencyKey);
        requirePositive(amount);
        BankAccount.requireNumber(beneficiaryAccount);
        var earlier = debit(idempotencyKey);
        if (earlier.isPresent()) {
            return same(earlier.get(), earlier.get().account(), holdId, amount, beneficiaryAccount);
        }
        var hold = lockedHold(holdId, beneficiaryAccount);
        earlier = debit(idempotencyKey); // a concurrent request with the key may have committed while we waited
        if (earlier.isPresent()) {
            return same(earlier.get(), hold.account(), holdId, amount, beneficiaryAccount);
        }
        if (!hold.isActive()) {
            throw new InvalidValueException("banking.hold-released", "the hold was released before",
                    holdId.toString());
        }
        if (amount.compareTo(hold.held()) > 0) {
            throw new InvalidValueException("banking.beyond-hold", "a debit under a hold takes at most what is held",
                    amount.toSoum(), hold.held().toSoum());
        }
        jdbc.sql("update registry.hold set held = held - ? where id = ?").params(amount.tiyin(), holdId).update();
        jdbc.sql("update registry.account set held = held - ? where number = ?")
                .params(amount.tiyin(), hold.account()).update();
        return move(idempotencyKey, hold.account(), holdId, amount, beneficiaryAccount, basis);
    }

    @Override
    public Debit transfer(String idempotencyKey, String account, Money amount, String beneficiaryAccount,
            Basis basis) {
        requireKey(idempotencyKey);
        requirePositive(amount);
        BankAccount.requireNumber(account);
        BankAccount.requireNumber(beneficiaryAccount);
        var earlier = debit(idempotencyKey);
        if (earlier.isPresent()) {
            return same(earlier.get(), account, null, amount, beneficiaryAccount);
        }
        var locked = lock(account, beneficiaryAccount);
        earlier = debit(idempotencyKey);
        if (earlier.isPresent()) {
            return same(earlier.get(), account, null, amount, beneficiaryAccount);
        }
        if (locked.closedOn() != null) {
            throw new InvalidValueException("banking.account-closed", "the account is closed", account);
        }
        if (amount.tiyin() > locked.available()) {
            throw new InvalidValueException("banking.insufficient-funds",
                    "the amount is more than the balance less what is held", amount.toSoum(),
                    Money.ofTiyin(locked.available()).toSoum());
        }
        return move(idempotencyKey, account, null, amount, beneficiaryAccount, basis);
    }

    @Override
    public void credit(String account, Money amount, String reference) {
        requirePositive(amount);
        if (reference == null || reference.isBlank()) {
            throw new InvalidValueException("banking.reference", "a credit names its payment");
        }
        var locked = lock(account);
        if (locked.closedOn() != null) {
            throw new InvalidValueException("banking.account-closed", "the account is closed", account);
        }
        Money.ofTiyin(locked.balance()).plus(amount); // money.overflow rather than a database error
        jdbc.sql("update registry.account set balance = balance + ? where number = ?")
                .params(amount.tiyin(), account).update();
        journal(account, amount.tiyin(), "CREDIT", null, reference.strip());
        fillPartialHolds(account);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Hold> holds(String account) {
        BankAccount.requireNumber(account);
        return jdbc.sql(HOLD + "where account = ? order by placed_at desc, id").param(account)
                .query(PostgresBanks::hold).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Debit> debits(String account) {
        BankAccount.requireNumber(account);
        return jdbc.sql(DEBIT + "where account = ? order by executed_at, id").param(account)
                .query(PostgresBanks::debit).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Bank> bank(String mfo) {
        Bank.requireMfo(mfo);
        return jdbc.sql("select mfo, name_uz_latn, name_uz_cyrl, name_ru, name_en from registry.bank where mfo = ?")
                .param(mfo)
                .query((row, n) -> new Bank(row.getString("mfo"), new LocalizedText(row.getString("name_uz_latn"),
                        row.getString("name_uz_cyrl"), row.getString("name_ru"), row.getString("name_en"))))
                .optional();
    }

    /** Records the debit, takes the money from the (locked) account and credits it to a beneficiary we keep. */
    private Debit move(String key, String account, @Nullable UUID holdId, Money amount, String beneficiary,
            Basis basis) {
        if (account.equals(beneficiary)) {
            throw new InvalidValueException("banking.same-account", "an account cannot pay itself", account);
        }
        var debit = new Debit(UUID.randomUUID(), key, account, holdId, amount, beneficiary, basis, Columns.now());
        try {
            jdbc.sql("""
                    insert into registry.debit (id, idempotency_key, account, hold_id, amount, beneficiary_account,
                                                agency_code, document, case_reference, executed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(debit.id(), key, account, holdId, amount.tiyin(), beneficiary, basis.agencyCode(),
                            basis.document(), basis.caseReference(), Columns.timestamp(debit.executedAt()))
                    .update();
        } catch (DuplicateKeyException usedForAnotherAccount) {
            // the same key at the same time on another account: it cannot be the same debit
            throw new InvalidValueException("banking.idempotency-key-reused",
                    "the idempotency key was used for a different debit", key);
        }
        jdbc.sql("update registry.account set balance = balance - ? where number = ?")
                .params(amount.tiyin(), account).update();
        journal(account, -amount.tiyin(), "DEBIT", debit.id(), key);
        int credited;
        try {
            credited = jdbc.sql("update registry.account set balance = balance + ? where number = ?")
                    .params(amount.tiyin(), beneficiary).update();
        } catch (DataIntegrityViolationException outOfRange) {
            throw new InvalidValueException("money.overflow", "the beneficiary's balance would be too large");
        }
        if (credited == 1) {
            journal(beneficiary, amount.tiyin(), "DEBIT_IN", debit.id(), key);
            fillPartialHolds(beneficiary);
        }
        return debit;
    }

    /**
     * Money arriving in a (locked) account goes first to its holds that got less than they asked for, the oldest
     * first, as an arrest of an account catches what comes in until the amount of the claim is held.
     */
    private void fillPartialHolds(String account) {
        var available = jdbc.sql("select balance - held from registry.account where number = ?").param(account)
                .query(Long.class).single();
        var partial = jdbc.sql("""
                select id, requested - held as missing from registry.hold
                where account = ? and released_at is null and held < requested order by placed_at, id""")
                .param(account)
                .query((row, n) -> new Missing(row.getObject("id", UUID.class), row.getLong("missing"))).list();
        for (var hold : partial) {
            if (available == 0) {
                return;
            }
            var taken = Math.min(available, hold.amount());
            jdbc.sql("update registry.hold set held = held + ? where id = ?").params(taken, hold.id()).update();
            jdbc.sql("update registry.account set held = held + ? where number = ?").params(taken, account)
                    .update();
            available -= taken;
        }
    }

    private void journal(String account, long amount, String kind, @Nullable UUID debitId, String reference) {
        jdbc.sql("""
                insert into registry.account_movement (account, amount, kind, debit_id, reference, moved_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(account, amount, kind, debitId, reference, Columns.timestamp(Columns.now()))
                .update();
    }

    /** The earlier debit with the key when it is the same debit; a key reused for another one is refused. */
    private static Debit same(Debit earlier, String account, @Nullable UUID holdId, Money amount,
            String beneficiary) {
        if (!earlier.account().equals(account) || !Objects.equals(earlier.holdId(), holdId)
                || !earlier.amount().equals(amount) || !earlier.beneficiaryAccount().equals(beneficiary)) {
            throw new InvalidValueException("banking.idempotency-key-reused",
                    "the idempotency key was used for a different debit", earlier.idempotencyKey());
        }
        return earlier;
    }

    private Optional<Debit> debit(String key) {
        return jdbc.sql(DEBIT + "where idempotency_key = ?").param(key).query(PostgresBanks::debit).optional();
    }

    /** Locks the account and, if we keep it, the other one, in number order; answers the first one's state. */
    private LockedAccount lock(String account, String... others) {
        BankAccount.requireNumber(account);
        var numbers = new java.util.ArrayList<String>(List.of(others));
        numbers.add(account);
        var locked = jdbc.sql("""
                select number, balance, held, closed_on from registry.account where number in (:numbers)
                order by number for update""")
                .param("numbers", numbers)
                .query((row, n) -> new LockedAccount(row.getString("number"), row.getLong("balance"),
                        row.getLong("held"), Columns.nullableDate(row, "closed_on")))
                .list();
        return locked.stream().filter(a -> a.number().equals(account)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("banking.unknown-account", "no such account", account));
    }

    /** The hold, after locking its account (and the beneficiary's): the account row lock guards the hold too. */
    private Hold lockedHold(UUID holdId, String... others) {
        var account = jdbc.sql("select account from registry.hold where id = ?").param(holdId).query(String.class)
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("banking.unknown-hold", "no such hold",
                        holdId.toString()));
        lock(account, others);
        return jdbc.sql(HOLD + "where id = ?").param(holdId).query(PostgresBanks::hold).single();
    }

    private static void requirePositive(Money amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("banking.amount", "an amount is more than zero", amount.toSoum());
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new InvalidValueException("banking.idempotency-key", "an idempotency key has 1-200 characters");
        }
    }

    private static BankAccount account(ResultSet row, int rowNum) throws SQLException {
        return new BankAccount(row.getString("number"), row.getString("mfo"), row.getString("bank_name"),
                Columns.owner(row), row.getString("currency"), Money.ofTiyin(row.getLong("balance")),
                Money.ofTiyin(row.getLong("held")), row.getObject("opened_on", LocalDate.class),
                Columns.nullableDate(row, "closed_on"));
    }

    private static Hold hold(ResultSet row, int rowNum) throws SQLException {
        return new Hold(row.getObject("id", UUID.class), row.getString("account"),
                Money.ofTiyin(row.getLong("requested")), Money.ofTiyin(row.getLong("held")), Columns.basis(row),
                Columns.instant(row, "placed_at"), Columns.nullableInstant(row, "released_at"));
    }

    private static Debit debit(ResultSet row, int rowNum) throws SQLException {
        return new Debit(row.getObject("id", UUID.class), row.getString("idempotency_key"), row.getString("account"),
                row.getObject("hold_id", UUID.class), Money.ofTiyin(row.getLong("amount")),
                row.getString("beneficiary_account"), Columns.basis(row), Columns.instant(row, "executed_at"));
    }

    private record Missing(UUID id, long amount) {
    }

    private record LockedAccount(String number, long balance, long held, @Nullable LocalDate closedOn) {
        long available() {
            return balance - held;
        }
    }
}
