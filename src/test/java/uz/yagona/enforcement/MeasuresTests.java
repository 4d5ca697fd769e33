package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.identity.LegalEntities;
import uz.yagona.registry.BankAccount;
import uz.yagona.registry.Owner;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.registry.Taxpayer;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

/**
 * After the voluntary period the officer (or the robot) takes measures through the exchange: holds and debits
 * sparing half the minimum wage, arrests, and a travel ban only where the law allows; each is in the case file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeasuresTests {

    static final String YUNUSOBOD = "MBB.1726.1726266";
    /** Half the minimum wage in force since 01.08.2025 (1 271 000 soʻm), in tiyin. */
    static final long PROTECTED = 635_500_00L;

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    EnforcementCases cases;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    Exchange exchange;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LegalEntities entities;

    @Autowired
    RegistryLoader registries;

    private static final AtomicInteger ENTITIES = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Test
    void anOfficerHoldsAndDebitsSparingHalfTheMinimumWageArrestsPropertyAndBansTravelForALargeDebt()
            throws Exception {
        var debtor = court.debtor(port);
        var number = openCase(debtor, 500_000_000_00L);
        var officer = court.officer(port, YUNUSOBOD);

        var early = court.post(port, "/api/v1/enforcement/cases/" + number + "/measures", Map.of(), officer.token(),
                "en");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(body(early).get("errors").get(0).get("rule").asString())
                .isEqualTo("enforcement.measures.voluntaryPeriod");
        assertThat(measures.file(number)).isEmpty();

        pastVoluntaryPeriod(number);
        var foreign = court.post(port, "/api/v1/enforcement/cases/" + number + "/measures", Map.of(),
                court.officer(port, "MBB.1726.1726294").token(), "en");
        assertThat(foreign.statusCode()).isEqualTo(404);

        var taken = court.post(port, "/api/v1/enforcement/cases/" + number + "/measures", Map.of(), officer.token(),
                "en");
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        var kinds = new ArrayList<String>();
        body(taken).forEach(entry -> kinds.add(entry.get("kind").asString()));
        assertThat(kinds).containsExactly("ASSETS_FOUND", "HOLD", "DEBIT", "HOLD", "DEBIT", "REAL_ESTATE_ARREST",
                "TRAVEL_BAN");
        body(taken).forEach(entry -> {
            assertThat(entry.get("actor").asString()).startsWith("officer:");
            assertThat(entry.get("legalBasis").asString()).contains("258-II");
        });

        // two accounts of 2 500 000 soʻm: all of it but half the minimum wage is debited
        long debited = entries(body(taken), "DEBIT").stream().mapToLong(e -> e.get("amountTiyin").asLong()).sum();
        assertThat(debited).isEqualTo(2 * 2_500_000_00L - PROTECTED);
        assertThat(cases.find(number).orElseThrow().recovered().tiyin()).isEqualTo(debited);

        var registry = exchange.debtorAssets(Debtor.person(debtor.pinfl()), RequestContext.system("MBB", "test",
                Purpose.ENFORCEMENT, "test", number));
        assertThat(registry.accounts()).allSatisfy(account -> assertThat(account.balance().tiyin())
                .isLessThanOrEqualTo(2_500_000_00L));
        assertThat(registry.accounts().stream().mapToLong(a -> a.balance().tiyin()).sum()).isEqualTo(PROTECTED);
        assertThat(registry.realEstate()).singleElement().satisfies(p -> assertThat(p.isEncumbered()).isTrue());
        assertThat(registry.travelBans()).singleElement().satisfies(b -> {
            assertThat(b.caseReference()).isEqualTo(number);
            assertThat(b.liftedAt()).isNull();
        });
        assertThat(cases.decisions(cases.find(number).orElseThrow().writNumber()))
                .filteredOn(d -> d.kind().equals("TRAVEL_BAN")).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("BAN"));

        var file = court.get(port, "/api/v1/enforcement/cases/" + number + "/file", debtor.token(), "en");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(body(file).size()).isEqualTo(7);
        assertThat(body(file).get(1).get("answer").get("held").get("tiyin").asLong()).isPositive();
    }

    @Test
    void theRobotBansNoTravelWhereTheArrestedPropertyCoversTheDebt() throws Exception {
        var debtor = court.debtor(port);
        var number = openCase(debtor, 50_000_000_00L);
        assertThat(measures.dueForMeasures(10_000)).doesNotContain(number);
        pastVoluntaryPeriod(number);
        assertThat(measures.dueForMeasures(10_000)).contains(number);

        var taken = measures.apply(number, null);
        assertThat(measures.dueForMeasures(10_000)).doesNotContain(number);
        assertThat(taken).extracting(CaseEntry::kind).containsExactly("ASSETS_FOUND", "HOLD", "DEBIT", "HOLD",
                "DEBIT", "REAL_ESTATE_ARREST");
        assertThat(taken).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("robot"));
        assertThat(cases.decisions(cases.find(number).orElseThrow().writNumber()))
                .filteredOn(d -> d.kind().equals("TRAVEL_BAN")).singleElement().satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo("NO_BAN");
                    assertThat(d.reason()).contains("covers the debt");
                });
        assertThat(exchange.travelBans(debtor.pinfl(), RequestContext.system("MBB", "test", Purpose.ENFORCEMENT,
                "test", number))).isEmpty();
    }

    @Test
    void noTravelBanForADebtOfAtMostFiveBaseCalculationValues() throws Exception {
        // 6 000 000 soʻm and the 5 % fee, less what the accounts give, leaves 1 935 500 soʻm: under 5 BCV (2 060 000)
        var debtor = court.debtor(port);
        var number = openCase(debtor, 6_000_000_00L);
        pastVoluntaryPeriod(number);

        assertThat(measures.apply(number, null)).extracting(CaseEntry::kind).doesNotContain("TRAVEL_BAN");
        assertThat(cases.decisions(cases.find(number).orElseThrow().writNumber()))
                .filteredOn(d -> d.kind().equals("TRAVEL_BAN")).singleElement().satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo("NO_BAN");
                    assertThat(d.reason()).contains("1935500.00 UZS", "at most 5 BCV (2060000.00 UZS)");
                    assertThat(d.inputs()).contains("01.08.2025");
                });
    }

    @Test
    void anEntityDebtorsCaseGoesToTheDistrictTheWritNamesAndNothingOfItsMoneyIsSparedNorItsTravelBanned()
            throws Exception {
        var stir = new Stir("3" + String.format("%08d", ENTITIES.incrementAndGet() * 7919 % 100_000_000));
        var founded = LocalDate.of(2018, 4, 2);
        entities.register(stir, "\"Qarzdor Savdo\" MChJ", "MCHJ", founded);
        var account = "20208000" + String.format("%012d", Long.parseLong(stir.value()));
        registries.load(RegistryBatch.builder()
                .taxpayer(new Taxpayer(stir, null, "\"Qarzdor Savdo\" MChJ", Stir.Kind.LEGAL_ENTITY, founded))
                .account(new BankAccount(account, "01158", "Kapitalbank", Owner.entity(stir), "UZS",
                        Money.ofSoum(10_000_000), Money.ZERO, founded, null))
                .build());
        court.officer(port, "MBB.1726.1726294");
        var writ = new HashMap<String, Object>(Court.moneyWrit(court.debtor(port).pinfl(), 50_000_000_00L));
        writ.put("creditor", writ.get("debtor"));
        writ.put("debtor", Map.of("stir", stir.value(), "name", "\"Qarzdor Savdo\" MChJ"));
        var withoutDistrict = court.post(port, "/api/v1/enforcement/writs", writ, court.clerk(port).token(), "en");
        assertThat(body(withoutDistrict).get("errors").get(0).get("field").asString()).isEqualTo("debtorDistrict");
        writ.put("debtorDistrict", "1726294");
        var number = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        var opened = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(number), c -> c.isPresent())
                .orElseThrow();
        assertThat(opened.agency()).isEqualTo("MBB.1726.1726294");
        assertThat(opened.officer()).isNotNull();
        assertThat(cases.decisions(number).getFirst().inputs()).contains("the writ (entity debtor)");
        pastVoluntaryPeriod(opened.number());

        var taken = measures.apply(opened.number(), null);
        assertThat(taken).extracting(CaseEntry::kind).containsExactly("ASSETS_FOUND", "HOLD", "DEBIT");
        assertThat(taken.get(2).amount()).isEqualTo(Money.ofSoum(10_000_000));
        var after = cases.find(opened.number()).orElseThrow();
        assertThat(after.recovered()).isEqualTo(Money.ofSoum(10_000_000));
        assertThat(cases.decisions(number)).filteredOn(d -> d.kind().equals("TRAVEL_BAN")).singleElement()
                .satisfies(d -> {
                    assertThat(d.outcome()).isEqualTo("NO_BAN");
                    assertThat(d.reason()).contains("legal entity");
                });
    }

    private String openCase(Court.Debtor debtor, long amountTiyin) throws Exception {
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), amountTiyin));
        return await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow().number();
    }

    /** As if the voluntary period had run out yesterday. */
    private void pastVoluntaryPeriod(String number) {
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), number).update();
    }

    private static List<JsonNode> entries(JsonNode list, String kind) {
        var found = new ArrayList<JsonNode>();
        list.forEach(entry -> {
            if (entry.get("kind").asString().equals(kind)) {
                found.add(entry);
            }
        });
        return found;
    }
}
