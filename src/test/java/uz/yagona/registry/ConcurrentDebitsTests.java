package uz.yagona.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.registry.TestRegistries.BANK;
import static uz.yagona.registry.TestRegistries.WRIT;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/**
 * 32 debits at once on one account, on real threads against real PostgreSQL: the account never goes below zero,
 * and exactly the debits that succeeded moved money.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentDebitsTests {

    private static final int CLIENTS = 32;

    @Autowired
    Banks banks;

    @Autowired
    RegistryLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyTwoDebitsUnderOneHoldNeverOverdraw() throws Exception {
        var accounts = accounts(Money.ofSoum(1_000));
        var hold = banks.hold(accounts.debtor(), Money.ofSoum(1_000), WRIT);

        var outcomes = atOnce(i -> () -> banks.debit("concurrent-hold-" + hold.id() + "-" + i, hold.id(),
                Money.ofSoum(70), accounts.creditor(), WRIT));

        var succeeded = outcomes.stream().filter(Debit.class::isInstance).count();
        assertThat(succeeded).isEqualTo(14); // 14 x 70 = 980 fit in the 1 000 held; the 15th does not
        assertThat(outcomes).filteredOn(InvalidValueException.class::isInstance)
                .allSatisfy(e -> assertThat(((InvalidValueException) e).rule()).isEqualTo("banking.beyond-hold"))
                .hasSize(CLIENTS - 14);
        var debtor = banks.account(accounts.debtor()).orElseThrow();
        assertThat(debtor.balance()).isEqualTo(Money.ofSoum(1_000 - 70 * succeeded));
        assertThat(debtor.held()).isEqualTo(Money.ofSoum(1_000 - 70 * succeeded));
        assertThat(banks.account(accounts.creditor()).orElseThrow().balance())
                .isEqualTo(Money.ofSoum(70 * succeeded));
        assertThat(banks.debits(accounts.debtor())).hasSize((int) succeeded);
        assertTheJournalAddsUp(accounts);
    }

    @Test
    void thirtyTwoTransfersWithoutAHoldNeverOverdraw() throws Exception {
        var accounts = accounts(Money.ofSoum(500));

        var outcomes = atOnce(i -> () -> banks.transfer("concurrent-transfer-" + accounts.debtor() + "-" + i,
                accounts.debtor(), Money.ofSoum(30), accounts.creditor(), WRIT));

        var succeeded = outcomes.stream().filter(Debit.class::isInstance).count();
        assertThat(succeeded).isEqualTo(16); // 16 x 30 = 480 of 500
        var debtor = banks.account(accounts.debtor()).orElseThrow();
        assertThat(debtor.balance().isNegative()).isFalse();
        assertThat(debtor.balance()).isEqualTo(Money.ofSoum(500 - 30 * succeeded));
        assertThat(banks.account(accounts.creditor()).orElseThrow().balance())
                .isEqualTo(Money.ofSoum(30 * succeeded));
        assertTheJournalAddsUp(accounts);
    }

    @Test
    void thirtyTwoRetriesOfOneDebitMoveTheMoneyOnce() throws Exception {
        var accounts = accounts(Money.ofSoum(1_000));
        var hold = banks.hold(accounts.debtor(), Money.ofSoum(600), WRIT);
        var key = "one-debit-" + hold.id();

        var outcomes = atOnce(i -> () -> banks.debit(key, hold.id(), Money.ofSoum(100), accounts.creditor(), WRIT));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Debit.class));
        assertThat(outcomes.stream().map(Debit.class::cast).map(Debit::id).distinct()).hasSize(1);
        assertThat(banks.account(accounts.debtor()).orElseThrow().balance()).isEqualTo(Money.ofSoum(900));
        assertThat(banks.account(accounts.creditor()).orElseThrow().balance()).isEqualTo(Money.ofSoum(100));
        assertTheJournalAddsUp(accounts);
    }

    /** Runs the calls on 32 threads released together; each outcome is the result or the exception. */
    private static List<Object> atOnce(IntFunction<Callable<Object>> call) throws Exception {
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(CLIENTS)) {
            var futures = new ArrayList<Future<Object>>();
            for (var i = 0; i < CLIENTS; i++) {
                var task = call.apply(i);
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (InvalidValueException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<Object>();
            for (var future : futures) {
                outcomes.add(future.get()); // anything but a refusal fails the test here
            }
            return outcomes;
        }
    }

    private Accounts accounts(Money balance) {
        var debtor = TestRegistries.account(Owner.person(TestRegistries.pinfl()), balance);
        var creditor = TestRegistries.account(Owner.entity(TestRegistries.entityStir()), Money.ZERO);
        loader.load(RegistryBatch.builder().bank(BANK).account(debtor).account(creditor).build());
        return new Accounts(debtor.number(), creditor.number());
    }

    private void assertTheJournalAddsUp(Accounts accounts) {
        for (var number : List.of(accounts.debtor(), accounts.creditor())) {
            var journal = jdbc.sql("select coalesce(sum(amount), 0) from registry.account_movement where account = ?")
                    .param(number).query(Long.class).single();
            assertThat(Money.ofTiyin(journal)).as(number).isEqualTo(banks.account(number).orElseThrow().balance());
        }
    }

    private record Accounts(String debtor, String creditor) {
    }
}
