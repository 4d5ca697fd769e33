package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.yagona.registry.TestRegistries.BANK;
import static uz.yagona.registry.TestRegistries.WRIT;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.ErrorResponse;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/** Holds and debits against real PostgreSQL: the arithmetic, the refusals and the journal. */
@SpringBootTest
@ActiveProfiles("test")
class BanksTests {

    @Autowired
    Banks banks;

    @Autowired
    RegistryLoader loader;

    @Autowired
    JdbcClient jdbc;

    private Owner debtor;
    private String account;
    private String creditor;

    @BeforeEach
    void anAccountWithAThousandSoum() {
        debtor = Owner.person(TestRegistries.pinfl());
        var debtorAccount = TestRegistries.account(debtor, Money.ofSoum(1_000));
        var creditorAccount = TestRegistries.account(Owner.entity(TestRegistries.entityStir()), Money.ZERO);
        loader.load(RegistryBatch.builder().bank(BANK).account(debtorAccount).account(creditorAccount).build());
        account = debtorAccount.number();
        creditor = creditorAccount.number();
    }

    @Test
    void holdTakesAtMostWhatIsAvailableAndSaysHowMuch() {
        var first = banks.hold(account, Money.ofSoum(600), WRIT);
        var second = banks.hold(account, Money.ofSoum(600), WRIT);
        var third = banks.hold(account, Money.ofSoum(1), WRIT);

        assertThat(first.held()).isEqualTo(Money.ofSoum(600));
        assertThat(second.requested()).isEqualTo(Money.ofSoum(600));
        assertThat(second.held()).isEqualTo(Money.ofSoum(400));
        assertThat(second.isPartial()).isTrue();
        assertThat(third.held()).isEqualTo(Money.ZERO);
        var state = banks.account(account).orElseThrow();
        assertThat(state.balance()).isEqualTo(Money.ofSoum(1_000));
        assertThat(state.held()).isEqualTo(Money.ofSoum(1_000));
        assertThat(state.available()).isEqualTo(Money.ZERO);
        assertThat(banks.holds(account)).hasSize(3);
    }

    @Test
    void debitUnderAHoldTakesTheMoneyFromBalanceAndHold() {
        var hold = banks.hold(account, Money.ofSoum(700), WRIT);

        var debit = banks.debit("writ-1/part-1", hold.id(), Money.ofSoum(300), creditor, WRIT);

        assertThat(debit.account()).isEqualTo(account);
        assertThat(debit.holdId()).isEqualTo(hold.id());
        var state = banks.account(account).orElseThrow();
        assertThat(state.balance()).isEqualTo(Money.ofSoum(700));
        assertThat(state.held()).isEqualTo(Money.ofSoum(400));
        assertThat(state.available()).isEqualTo(Money.ofSoum(300));
        assertThat(banks.holds(account).getFirst().held()).isEqualTo(Money.ofSoum(400));
        assertThat(banks.account(creditor).orElseThrow().balance()).isEqualTo(Money.ofSoum(300));
        assertThat(banks.debits(account)).containsExactly(debit);
        assertBalancesAreTheSumOfTheirMovements();
    }

    @Test
    void releaseMakesWhatIsLeftOfTheHoldAvailableAgain() {
        var hold = banks.hold(account, Money.ofSoum(700), WRIT);
        banks.debit("writ-2/part-1", hold.id(), Money.ofSoum(200), creditor, WRIT);

        banks.release(hold.id(), WRIT);

        var state = banks.account(account).orElseThrow();
        assertThat(state.balance()).isEqualTo(Money.ofSoum(800));
        assertThat(state.held()).isEqualTo(Money.ZERO);
        assertThat(state.available()).isEqualTo(Money.ofSoum(800));
        var released = banks.holds(account).getFirst();
        assertThat(released.isActive()).isFalse();
        assertThat(released.held()).isEqualTo(Money.ofSoum(500));
        assertThatThrownBy(() -> banks.release(hold.id(), WRIT)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("banking.hold-released");
        assertThatThrownBy(() -> banks.debit("writ-2/part-2", hold.id(), Money.ofSoum(1), creditor, WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("banking.hold-released");
    }

    @Test
    void aDebitRepeatedWithItsKeyMovesTheMoneyOnce() {
        var hold = banks.hold(account, Money.ofSoum(500), WRIT);

        var first = banks.debit("writ-3/part-1", hold.id(), Money.ofSoum(100), creditor, WRIT);
        var again = banks.debit("writ-3/part-1", hold.id(), Money.ofSoum(100), creditor, WRIT);

        assertThat(again).isEqualTo(first);
        assertThat(banks.account(account).orElseThrow().balance()).isEqualTo(Money.ofSoum(900));
        assertThat(banks.account(creditor).orElseThrow().balance()).isEqualTo(Money.ofSoum(100));
        assertThat(movements(account)).isEqualTo(2); // the opening and one debit
        assertBalancesAreTheSumOfTheirMovements();
    }

    @Test
    void aKeyReusedForAnotherDebitIsRefused() {
        var hold = banks.hold(account, Money.ofSoum(500), WRIT);
        banks.debit("writ-4/part-1", hold.id(), Money.ofSoum(100), creditor, WRIT);

        assertThatThrownBy(() -> banks.debit("writ-4/part-1", hold.id(), Money.ofSoum(150), creditor, WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule")
                .isEqualTo("banking.idempotency-key-reused");
        assertThat(banks.account(account).orElseThrow().balance()).isEqualTo(Money.ofSoum(900));
    }

    @Test
    void aDebitBeyondTheHoldIsRefusedAndChangesNothing() {
        var hold = banks.hold(account, Money.ofSoum(300), WRIT);

        assertThatThrownBy(() -> banks.debit("writ-5/part-1", hold.id(), Money.ofSoum(301), creditor, WRIT))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    var invalid = (InvalidValueException) e;
                    assertThat(invalid.rule()).isEqualTo("banking.beyond-hold");
                    assertThat(invalid.arguments()).containsExactly(Money.ofSoum(301).toSoum(),
                            Money.ofSoum(300).toSoum());
                });
        var state = banks.account(account).orElseThrow();
        assertThat(state.balance()).isEqualTo(Money.ofSoum(1_000));
        assertThat(state.held()).isEqualTo(Money.ofSoum(300));
        assertThat(banks.debits(account)).isEmpty();
    }

    @Test
    void aTransferUsesOnlyWhatIsNotHeld() {
        banks.hold(account, Money.ofSoum(800), WRIT);

        assertThatThrownBy(() -> banks.transfer("owner-1", account, Money.ofSoum(201), creditor, WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule")
                .isEqualTo("banking.insufficient-funds");
        var transfer = banks.transfer("owner-2", account, Money.ofSoum(200), creditor, WRIT);

        assertThat(transfer.holdId()).isNull();
        var state = banks.account(account).orElseThrow();
        assertThat(state.balance()).isEqualTo(Money.ofSoum(800));
        assertThat(state.held()).isEqualTo(Money.ofSoum(800));
        assertThat(state.available()).isEqualTo(Money.ZERO);
        assertBalancesAreTheSumOfTheirMovements();
    }

    @Test
    void aCreditAddsToTheBalanceAndTheJournal() {
        banks.credit(account, Money.ofSoum(250), "salary for October");

        assertThat(banks.account(account).orElseThrow().balance()).isEqualTo(Money.ofSoum(1_250));
        assertBalancesAreTheSumOfTheirMovements();
    }

    @Test
    void moneyComingInFillsPartialHoldsOldestFirst() {
        var first = banks.hold(account, Money.ofSoum(800), WRIT);
        var second = banks.hold(account, Money.ofSoum(500), WRIT); // gets 200 of 500
        var third = banks.hold(account, Money.ofSoum(100), WRIT); // gets nothing

        banks.credit(account, Money.ofSoum(350), "salary for November");

        var holds = banks.holds(account);
        assertThat(holds).filteredOn(h -> h.id().equals(first.id())).singleElement()
                .extracting(Hold::held).isEqualTo(Money.ofSoum(800));
        assertThat(holds).filteredOn(h -> h.id().equals(second.id())).singleElement()
                .extracting(Hold::held).isEqualTo(Money.ofSoum(500));
        assertThat(holds).filteredOn(h -> h.id().equals(third.id())).singleElement()
                .extracting(Hold::held).isEqualTo(Money.ofSoum(50));
        var state = banks.account(account).orElseThrow();
        assertThat(state.balance()).isEqualTo(Money.ofSoum(1_350));
        assertThat(state.held()).isEqualTo(Money.ofSoum(1_350));
        assertThat(state.available()).isEqualTo(Money.ZERO);
    }

    @Test
    void unknownAccountsAndHoldsAreNotFound() {
        var unknown = TestRegistries.accountNumber();
        assertThat(banks.account(unknown)).isEmpty();
        assertThatThrownBy(() -> banks.hold(unknown, Money.ofSoum(1), WRIT))
                .isInstanceOf(RecordNotFoundException.class).extracting("rule").isEqualTo("banking.unknown-account");
        assertThatThrownBy(() -> banks.release(UUID.randomUUID(), WRIT))
                .isInstanceOf(RecordNotFoundException.class).extracting("rule").isEqualTo("banking.unknown-hold");
        assertThatThrownBy(() -> banks.credit(unknown, Money.ofSoum(1), "salary"))
                .isInstanceOfSatisfying(ErrorResponse.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> banks.debit("k", UUID.randomUUID(), Money.ofSoum(1), creditor, WRIT))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void badInputIsAnInvalidValueNeverADatabaseError() {
        var hold = banks.hold(account, Money.ofSoum(100), WRIT);
        assertThatThrownBy(() -> banks.account("12345")).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("banking.account-number");
        assertThatThrownBy(() -> banks.hold(account, Money.ZERO, WRIT)).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("banking.amount");
        assertThatThrownBy(() -> banks.debit("k-neg", hold.id(), Money.ofSoum(-5), creditor, WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("banking.amount");
        assertThatThrownBy(() -> banks.debit(" ", hold.id(), Money.ofSoum(5), creditor, WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("banking.idempotency-key");
        assertThatThrownBy(() -> banks.debit("k-self", hold.id(), Money.ofSoum(5), account, WRIT))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("banking.same-account");
        assertThatThrownBy(() -> banks.credit(account, Money.ofTiyin(Long.MAX_VALUE), "too much"))
                .isInstanceOf(InvalidValueException.class).extracting("rule").isEqualTo("money.overflow");
        assertThatThrownBy(() -> new Basis("MIB", " ", "case")).isInstanceOf(InvalidValueException.class)
                .extracting("rule").isEqualTo("registry.basis.missing");
        assertThat(banks.account(account).orElseThrow().balance()).isEqualTo(Money.ofSoum(1_000));
    }

    @Test
    void accountsAreFoundByTheirOwner() {
        assertThat(banks.accountsOf(debtor)).extracting(BankAccount::number).containsExactly(account);
        assertThat(banks.accountsOf(debtor).getFirst().bankName()).isEqualTo(BANK.name().uzLatn());
        assertThat(banks.bank(BANK.mfo())).contains(BANK);
    }

    private long movements(String number) {
        return jdbc.sql("select count(*) from registry.account_movement where account = ?").param(number)
                .query(Long.class).single();
    }

    private void assertBalancesAreTheSumOfTheirMovements() {
        var wrong = jdbc.sql("""
                select a.number from registry.account a
                where a.balance <> (select coalesce(sum(m.amount), 0) from registry.account_movement m
                                    where m.account = a.number)""")
                .query(String.class).list();
        assertThat(wrong).isEmpty();
    }
}
