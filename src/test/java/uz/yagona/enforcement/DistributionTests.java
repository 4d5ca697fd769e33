package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.identity.TestCitizens;
import uz.yagona.payments.InvoicePaid;
import uz.yagona.payments.Payments;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.shared.Money;
import uz.yagona.shared.Sex;

/**
 * Money a debtor pays is distributed over all their open cases in the order of priority; a paid claim closes its
 * case; a payment delivered twice is counted once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DistributionTests {

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    EnforcementCases cases;

    @Autowired
    Payments payments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void payingWithinTheVoluntaryPeriodClosesTheCaseWithoutFeeAndADoubleCallbackCountsOnce() throws Exception {
        var debtor = court.debtor(port);
        var opened = open(debtor, Court.moneyWrit(debtor.pinfl(), 1_000_000_00L));
        var invoice = payments.findByNumber(opened.invoiceNumber()).orElseThrow();
        var transactionId = "sandbox-" + UUID.randomUUID();

        assertThat(payments.credit("sandbox", new ProviderTransaction(transactionId, invoice.number(),
                invoice.amount(), Instant.now()))).isTrue();
        var closed = await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(opened.number()).orElseThrow(),
                c -> c.status() == CaseStatus.CLOSED);
        assertThat(closed.recovered().tiyin()).isEqualTo(1_000_000_00L);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(shares(opened.number())).containsExactly(Map.of("part", "CLAIM", "beneficiary", "301234567",
                "amount", 1_000_000_00L));

        // the provider calls back again, and the event is delivered again: the money is counted once
        assertThat(payments.credit("sandbox", new ProviderTransaction(transactionId, invoice.number(),
                invoice.amount(), Instant.now()))).isFalse();
        transaction.executeWithoutResult(status -> events.publishEvent(new InvoicePaid(invoice.id(),
                invoice.number(), opened.number(), invoice.amount(), "sandbox", transactionId, Instant.now())));
        Thread.sleep(500);
        assertThat(jdbc.sql("select count(*) from enforcement.receipt where external_ref = ?")
                .param("invoice:" + invoice.id().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(cases.find(opened.number()).orElseThrow().recovered().tiyin()).isEqualTo(1_000_000_00L);
        assertThat(shares(opened.number())).hasSize(1);
    }

    @Test
    void moneyGoesToAlimonyBeforeOtherClaimsAndWithinAQueueInProportion() throws Exception {
        var debtor = court.debtor(port);
        var alimonyWrit = new HashMap<>(Court.moneyWrit(debtor.pinfl(), 1_000_000_00L));
        alimonyWrit.put("claimType", "ALIMONY");
        var mother = TestCitizens.freshPinfl(Sex.FEMALE).value();
        alimonyWrit.put("creditor", Map.of("pinfl", mother, "name", "Karimova Dilorom"));
        var alimony = open(debtor, alimonyWrit);
        var small = open(debtor, Court.moneyWrit(debtor.pinfl(), 1_000_000_00L));
        var large = open(debtor, Court.moneyWrit(debtor.pinfl(), 3_000_000_00L));

        // the debtor pays the large case's invoice of 3 000 000: alimony first, then the others in proportion
        var invoice = payments.findByNumber(large.invoiceNumber()).orElseThrow();
        payments.credit("sandbox", new ProviderTransaction("sandbox-" + UUID.randomUUID(), invoice.number(),
                invoice.amount(), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(alimony.number()).orElseThrow().status()
                == CaseStatus.CLOSED);
        assertThat(cases.find(alimony.number()).orElseThrow().recovered()).isEqualTo(Money.ofSoum(1_000_000));
        assertThat(shares(alimony.number())).containsExactly(Map.of("part", "CLAIM", "beneficiary",
                mother, "amount", 1_000_000_00L));
        assertThat(cases.find(small.number()).orElseThrow().recovered()).isEqualTo(Money.ofSoum(500_000));
        assertThat(cases.find(large.number()).orElseThrow().recovered()).isEqualTo(Money.ofSoum(1_500_000));
        assertThat(cases.find(small.number()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        // each open case now invoices what it is still owed
        var reissued = payments.findByNumber(cases.find(large.number()).orElseThrow().invoiceNumber()).orElseThrow();
        assertThat(reissued.amount()).isEqualTo(Money.ofSoum(1_500_000));
        assertThat(payments.findByNumber(cases.find(small.number()).orElseThrow().invoiceNumber()).orElseThrow()
                .amount()).isEqualTo(Money.ofSoum(500_000));
        assertThat(payments.findByNumber(small.invoiceNumber()).orElseThrow().status())
                .isEqualTo(uz.yagona.payments.InvoiceStatus.CANCELLED);
    }

    private EnforcementCase open(Court.Debtor debtor, Map<String, Object> writ) throws Exception {
        var number = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        return await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(number), c -> c.isPresent())
                .orElseThrow();
    }

    private List<Map<String, Object>> shares(String caseNumber) {
        return jdbc.sql("select part, beneficiary, amount_tiyin from enforcement.distribution where case_number = ? "
                        + "order by part, beneficiary")
                .param(caseNumber)
                .query((row, n) -> Map.<String, Object>of("part", row.getString(1), "beneficiary", row.getString(2),
                        "amount", row.getLong(3)))
                .list();
    }
}
