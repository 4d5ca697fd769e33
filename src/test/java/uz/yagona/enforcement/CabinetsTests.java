package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.payments.Payments;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

/**
 * The creditor's cabinet shows what was recovered and paid out to them; a representative of an organisation sees
 * its cases as debtor and its writs as creditor (Decree UP-1 of 03.01.2024) and opens its case page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CabinetsTests {

    /** Organisations of these tests: STIRs 28xxxxxxx, which neither the demo nor other tests give out. */
    private static final AtomicInteger ENTITIES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    Desks desks;

    @Autowired
    EnforcementCases cases;

    @Autowired
    Payments payments;

    @Autowired
    Persons persons;

    @Autowired
    LegalEntities entities;

    @Autowired
    TestCitizens citizens;

    @Test
    void theCreditorSeesTheRecoveredAmountAfterTheDebtorPaid() throws Exception {
        var creditor = citizens.withAccount();
        var debtor = court.debtor(port);
        var writ = new HashMap<>(Court.moneyWrit(debtor.pinfl(), 1_234_000_00L));
        writ.put("creditor", Map.of("pinfl", creditor.value(), "name", "Testova Nigora Aziz qizi"));
        var c = desks.open(port, writ);
        var cabinet = desks.citizen(port, "en", creditor.value());
        var before = cabinet.get("/cabinet/enforcement/writs");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains(c.writNumber(), c.number(), "UZS\u00a01,234,000.00", "UZS\u00a00.00");

        var invoice = payments.findByNumber(c.invoiceNumber()).orElseThrow();
        payments.credit("sandbox", new ProviderTransaction("sandbox-" + UUID.randomUUID(), invoice.number(),
                invoice.amount(), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(c.number()).orElseThrow().status()
                == CaseStatus.CLOSED);

        var after = cabinet.get("/cabinet/enforcement/writs").body();
        var paid = Money.ofSoum(1_234_000).format(Locale.ENGLISH);
        assertThat(after).containsPattern("class=\"recovered\">" + paid + "<")
                .containsPattern("class=\"paid\">" + paid + "<").contains("Closed");
        assertThat(cabinet.get("/cabinet").body()).contains("/cabinet/enforcement/writs");
        // the debtor's writs are not the creditor's: another citizen sees none
        assertThat(desks.citizen(port, "en", debtor.pinfl().value()).get("/cabinet/enforcement/writs").body())
                .doesNotContain(c.writNumber()).contains("id=\"no-writs\"");
    }

    @Test
    void aRepresentativeSeesTheOrganisationsCasesAsDebtorAndCreditorAndOthersCannotOpenThem() throws Exception {
        var stir = new Stir("28" + "%07d".formatted(ENTITIES.incrementAndGet()));
        var organisation = entities.register(stir, "\"Qarzdor Test\" MChJ", "MCHJ", LocalDate.of(2019, 5, 6));
        var director = citizens.withAccount();
        entities.addRepresentative(organisation.id(), persons.findByPinfl(director).orElseThrow().id(),
                LegalEntity.Role.DIRECTOR);

        var person = court.debtor(port);
        var against = new HashMap<>(Court.moneyWrit(person.pinfl(), 7_000_000_00L));
        against.put("creditor", against.get("debtor"));
        against.put("debtor", Map.of("stir", stir.value(), "name", "\"Qarzdor Test\" MChJ"));
        against.put("debtorDistrict", "1726266");
        var asDebtor = desks.open(port, against);
        var owed = new HashMap<>(Court.moneyWrit(person.pinfl(), 3_000_000_00L));
        owed.put("creditor", Map.of("stir", stir.value(), "name", "\"Qarzdor Test\" MChJ"));
        var asCreditor = desks.open(port, owed);

        var cabinet = desks.citizen(port, "uz", director.value());
        var page = cabinet.get("/cabinet/enforcement");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"entity-" + stir.value() + "\"", "id=\"entity-case-" + asDebtor.number()
                + "\"", "entity-writs-" + stir.value() + "-" + asCreditor.writNumber(), "Qarzdor Test");
        var casePage = cabinet.get("/cabinet/enforcement/cases/" + asDebtor.number());
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).contains(asDebtor.writNumber(), "id=\"message-form\"");
        // the person who is the debtor of the other case is no representative of the organisation
        var stranger = desks.citizen(port, "uz", person.pinfl().value());
        assertThat(stranger.get("/cabinet/enforcement/cases/" + asDebtor.number()).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/cabinet/enforcement").body()).doesNotContain("entity-" + stir.value());
        // and the director cannot open the person's own case
        assertThat(cabinet.get("/cabinet/enforcement/cases/" + asCreditor.number()).statusCode()).isEqualTo(404);
    }
}
