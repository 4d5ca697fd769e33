package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;
import uz.yagona.notifications.Notice;
import uz.yagona.notifications.Notifications;
import uz.yagona.payments.Payments;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.registry.Vehicle;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.shared.Money;

/**
 * The whole path: a judge signs a writ → the case opens and the debtor is notified → after the voluntary period
 * the officer takes measures through the exchange → the debtor pays the rest online → the money is distributed
 * with the fee → the case closes and every measure is lifted, and the writ still proves itself in the ledger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WritToClosedCaseTests {

    private static final long CLAIM = 500_000_000_00L;

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    EnforcementCases cases;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    Notifications notifications;

    @Autowired
    Payments payments;

    @Autowired
    Exchange exchange;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistryLoader registries;

    @Test
    void aSignedWritIsEnforcedThroughTheExchangeAndClosesWhenPaidWithEveryMeasureLifted() throws Exception {
        var debtor = court.debtor(port);
        var vin = "XWB" + debtor.pinfl().value();
        registries.load(RegistryBatch.builder().vehicle(new Vehicle(vin, "01 A 777 AA", "Chevrolet", "Cobalt", 2022,
                "white", Owner.person(debtor.pinfl()), LocalDate.of(2022, 5, 1), List.of())).build());
        var officer = court.officer(port, "MBB.1726.1726266");
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), CLAIM));
        var signed = body(court.get(port, "/api/v1/enforcement/writs/" + writ, null, "en"));
        assertThat(signed.get("genuine").asBoolean()).isTrue();

        var number = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow().number();
        assertThat(notifications.notices(debtor.id())).extracting(Notice::subject)
                .anyMatch(subject -> subject.contains(number));

        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), number).update();
        var taken = court.post(port, "/api/v1/enforcement/cases/" + number + "/measures", Map.of(), officer.token(),
                "en");
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        var kinds = new ArrayList<String>();
        body(taken).forEach(entry -> kinds.add(entry.get("kind").asString()));
        assertThat(kinds).contains("HOLD", "DEBIT", "REAL_ESTATE_ARREST", "VEHICLE_ARREST", "TRAVEL_BAN");
        var context = RequestContext.system("MBB", "test", Purpose.ENFORCEMENT, "test", number);
        assertThat(exchange.travelBans(debtor.pinfl(), context)).anyMatch(ban -> ban.liftedAt() == null);

        // the fee (5 %) is due since the period passed; the debits went to the claim; the rest is invoiced
        var open = cases.find(number).orElseThrow();
        long debited = open.recovered().tiyin();
        assertThat(debited).isPositive();
        var invoice = payments.findByNumber(open.invoiceNumber()).orElseThrow();
        assertThat(invoice.amount().tiyin()).isEqualTo(CLAIM + CLAIM / 20 - debited);

        assertThat(payments.credit("sandbox", new ProviderTransaction("sandbox-" + UUID.randomUUID(),
                invoice.number(), invoice.amount(), Instant.now()))).isTrue();
        var closed = await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(number).orElseThrow(),
                c -> c.status() == CaseStatus.CLOSED);
        assertThat(closed.recovered().tiyin()).isEqualTo(CLAIM);

        assertThat(jdbc.sql("select part, sum(amount_tiyin) from enforcement.distribution where case_number = ? "
                        + "group by part order by part").param(number)
                .query((row, n) -> row.getString(1) + "=" + row.getLong(2)).list())
                .containsExactly("CLAIM=" + CLAIM, "FEE=" + CLAIM / 20);
        assertThat(jdbc.sql("select distinct beneficiary from enforcement.distribution where case_number = ? "
                + "and part = 'CLAIM'").param(number).query(String.class).list()).containsExactly("301234567");

        assertThat(measures.file(number)).filteredOn(e -> e.registryId() != null && !e.kind().equals("DEBIT"))
                .isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.status()).isEqualTo("LIFTED");
                    assertThat(entry.liftedAt()).isNotNull();
                });
        var after = exchange.debtorAssets(Debtor.person(debtor.pinfl()), context);
        assertThat(after.travelBans()).allSatisfy(ban -> assertThat(ban.liftedAt()).isNotNull());
        assertThat(after.realEstate()).allSatisfy(property -> assertThat(property.isEncumbered()).isFalse());
        assertThat(after.vehicles()).singleElement().satisfies(car -> assertThat(car.arrests()).isNotEmpty()
                .allSatisfy(arrest -> assertThat(arrest.isActive()).isFalse()));
        assertThat(after.accounts()).allSatisfy(account -> assertThat(account.held()).isEqualTo(Money.ZERO));

        var mine = body(court.get(port, "/api/v1/enforcement/cases/" + number, debtor.token(), "en"));
        assertThat(mine.get("status").asString()).isEqualTo("CLOSED");
        var proof = body(court.get(port, "/api/v1/enforcement/writs/" + writ, null, "en"));
        assertThat(proof.get("genuine").asBoolean()).isTrue();
        assertThat(proof.get("proofValid").asBoolean()).isTrue();
        assertThat(proof.get("ledgerIndex").asLong()).isEqualTo(signed.get("ledgerIndex").asLong());

        // the debtor's cabinet shows the closed case, the assignment in the debtor's language and the lifted measures
        var browser = new WebSession(port, "ru");
        browser.signIn(debtor.pinfl().value(), TestCitizens.PASSWORD);
        var page = browser.get("/cabinet/enforcement");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"case-" + number + "\"", "Окончено",
                "Дело передано исполнителю отдела MBB.1726.1726266", "data-status=\"LIFTED\"",
                "Ограничен выезд за границу").doesNotContain("data-status=\"ACTIVE\"", "class=\"button pay\"");
        assertThat(browser.get("/cabinet").body()).contains("/cabinet/enforcement");
    }
}
