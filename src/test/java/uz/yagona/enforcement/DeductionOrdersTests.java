package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.WebSession;
import uz.yagona.notifications.Notifications;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/**
 * A debtor with a job gets a deduction order to the employer (50 % of the salary, 70 % for alimony); the
 * employer's representative sees it, and nobody else; monthly deductions are money received, counted once,
 * within the debt and the share of the salary; the order is lifted when the case closes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeductionOrdersTests {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final String ORDERS = "/api/v1/enforcement/deduction-orders";

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    Payrolls payrolls;

    @Autowired
    EnforcementCases cases;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    DeductionOrders orders;

    @Autowired
    Notifications notifications;

    @Autowired
    Persons persons;

    @Autowired
    TestCitizens citizens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMoneyClaimOrdersHalfTheSalaryWhichOnlyTheEmployersRepresentativeSeesAndReportsWithinTheShare()
            throws Exception {
        var employer = payrolls.employer();
        var debtor = court.debtor(port);
        payrolls.hire(employer, debtor.pinfl(), 10_000_000);
        var number = measuresTaken(Court.moneyWrit(debtor.pinfl(), 500_000_000_00L));

        var file = measures.file(number);
        assertThat(file).extracting(CaseEntry::kind).containsExactly("ASSETS_FOUND", "HOLD", "DEBIT", "HOLD",
                "DEBIT", "DEDUCTION_ORDER", "REAL_ESTATE_ARREST", "TRAVEL_BAN");
        var entry = file.get(5);
        assertThat(entry.target()).isEqualTo(employer.stir().value());
        assertThat(entry.status()).isEqualTo("ACTIVE");
        assertThat(entry.legalBasis()).contains("258-II", "50 %");
        var order = orders.ofCase(number).getFirst();
        assertThat(order.id()).isEqualTo(entry.registryId());
        assertThat(order.sharePercent()).isEqualByComparingTo("50");
        assertThat(order.monthlyLimit()).isEqualTo(Money.ofSoum(5_000_000));
        assertThat(order.remaining()).isEqualTo(entry.amount());
        assertThat(order.shareSource()).contains("258-II", "lex.uz");
        var accountant = persons.findByPinfl(employer.accountant()).orElseThrow().id();
        assertThat(notifications.notices(accountant)).extracting(n -> n.template())
                .contains("enforcement-deduction-order");

        var token = token(employer.accountant());
        var listed = court.get(port, ORDERS, token, "en");
        assertThat(listed.statusCode()).as(text(listed)).isEqualTo(200);
        assertThat(body(listed).size()).isEqualTo(1);
        var json = body(listed).get(0);
        assertThat(json.get("id").asString()).isEqualTo(order.id().toString());
        assertThat(json.get("employer").asString()).isEqualTo(employer.stir().value());
        assertThat(json.get("debtorPinfl").asString()).isEqualTo(debtor.pinfl().value());
        assertThat(json.get("sharePercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(json.get("monthlyLimitTiyin").asLong()).isEqualTo(5_000_000_00L);
        assertThat(json.get("remainingTiyin").asLong()).isEqualTo(order.remaining().tiyin());

        // another employer's accountant neither sees nor answers it; someone who represents nobody is refused
        var other = token(payrolls.employer().accountant());
        assertThat(body(court.get(port, ORDERS, other, "en")).size()).isZero();
        assertThat(court.get(port, ORDERS + "/" + order.id(), other, "en").statusCode()).isEqualTo(404);
        var foreign = report(order.id().toString(), other, YearMonth.now(TASHKENT).toString(), "1000.00", "X-1");
        assertThat(foreign.statusCode()).isEqualTo(404);
        var nobody = court.get(port, ORDERS, token(citizens.withAccount()), "en");
        assertThat(nobody.statusCode()).isEqualTo(403);
        assertProblem(nobody, "enforcement.employer.forbidden", null);
        assertThat(court.get(port, ORDERS, null, "en").statusCode()).isEqualTo(401);

        var recovered = cases.find(number).orElseThrow().recovered();
        var thisMonth = YearMonth.now(TASHKENT).toString();
        var tooMuch = report(order.id().toString(), token, thisMonth, "5000000.01", "PR-" + UUID.randomUUID());
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertProblem(tooMuch, "enforcement.deduction.overShare", "amount");
        assertThat(body(tooMuch).get("detail").asString()).contains("50 %");
        assertThat(orders.deductions(order.id())).isEmpty();
        assertThat(cases.find(number).orElseThrow().recovered()).isEqualTo(recovered);

        var full = report(order.id().toString(), token, thisMonth, "5000000.00", "PR-" + UUID.randomUUID());
        assertThat(full.statusCode()).as(text(full)).isEqualTo(201);
        assertThat(cases.find(number).orElseThrow().recovered()).isEqualTo(recovered.plus(Money.ofSoum(5_000_000)));
    }

    @Test
    void alimonyOrdersSeventyPercentOfTheSalaryWhenTheOfficerTakesTheMeasures() throws Exception {
        var employer = payrolls.employer();
        var debtor = court.debtor(port);
        payrolls.hire(employer, debtor.pinfl(), 4_000_000);
        var writ = new HashMap<>(Court.moneyWrit(debtor.pinfl(), 300_000_000_00L));
        writ.put("claimType", "ALIMONY");
        writ.put("creditor", Map.of("pinfl", TestCitizens.freshPinfl(Sex.FEMALE).value(), "name", "Karimova Dilorom"));
        var number = openedPastVoluntaryPeriod(writ);
        var officer = court.officer(port, "MBB.1726.1726266");
        var taken = court.post(port, "/api/v1/enforcement/cases/" + number + "/measures", Map.of(), officer.token(),
                "en");
        assertThat(taken.statusCode()).as(text(taken)).isEqualTo(200);
        var kinds = new ArrayList<String>();
        body(taken).forEach(e -> kinds.add(e.get("kind").asString() + " by " + e.get("actor").asString()
                .replaceAll(":.*", "")));
        assertThat(kinds).contains("DEDUCTION_ORDER by officer");

        var order = orders.ofCase(number).getFirst();
        assertThat(order.claimType()).isEqualTo(ClaimType.ALIMONY);
        assertThat(order.sharePercent()).isEqualByComparingTo("70");
        assertThat(order.monthlyLimit()).isEqualTo(Money.ofSoum(2_800_000));
        assertThat(measures.file(number)).filteredOn(e -> e.kind().equals("DEDUCTION_ORDER")).singleElement()
                .satisfies(e -> assertThat(e.legalBasis()).contains("70 %"));
        // measures taken again place no second order to the same employer
        measures.apply(number, null);
        assertThat(orders.ofCase(number)).hasSize(1);
    }

    @Test
    void aDeductionSentTwiceCountsOnceAndTheOrderIsLiftedWhenTheDebtIsCovered() throws Exception {
        var employer = payrolls.employer();
        var debtor = court.debtor(port);
        payrolls.hire(employer, debtor.pinfl(), 10_000_000);
        // 5 000 000 and the 5 % fee; the accounts give all but half the minimum wage: 885 500 soʻm remain
        var number = measuresTaken(Court.moneyWrit(debtor.pinfl(), 5_000_000_00L));
        var order = orders.ofCase(number).getFirst();
        assertThat(order.remaining()).isEqualTo(Money.ofSoum(885_500));
        // as if the order had reached the employer two months ago
        jdbc.sql("update enforcement.deduction_order set placed_at = ? where id = ?")
                .params(OffsetDateTime.now().minusMonths(2), order.id()).update();
        var token = token(employer.accountant());
        var lastMonth = YearMonth.now(TASHKENT).minusMonths(1).toString();
        var id = order.id().toString();

        var first = report(id, token, lastMonth, "400000.00", "PR-10");
        assertThat(first.statusCode()).as(text(first)).isEqualTo(201);
        var again = report(id, token, lastMonth, "400000.00", "PR-10");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("receipt").asString()).isEqualTo(body(first).get("receipt").asString());
        assertThat(body(again).get("id").asString()).isEqualTo(body(first).get("id").asString());
        assertThat(employerReceipts(debtor.pinfl())).isEqualTo(1);
        assertThat(orders.find(order.id()).orElseThrow().remaining()).isEqualTo(Money.ofSoum(485_500));

        var otherAmount = report(id, token, lastMonth, "300000.00", "PR-11");
        assertThat(otherAmount.statusCode()).isEqualTo(400);
        assertProblem(otherAmount, "enforcement.deduction.period.reported", "period");
        var overDebt = report(id, token, YearMonth.now(TASHKENT).toString(), "485500.01", "PR-12");
        assertThat(overDebt.statusCode()).isEqualTo(400);
        assertProblem(overDebt, "enforcement.deduction.overDebt", "amount");
        assertThat(employerReceipts(debtor.pinfl())).isEqualTo(1);
        assertThat(orders.deductions(order.id())).hasSize(1);

        var last = report(id, token, YearMonth.now(TASHKENT).toString(), "485500.00", "PR-12");
        assertThat(last.statusCode()).as(text(last)).isEqualTo(201);
        var closed = cases.find(number).orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        var lifted = orders.find(order.id()).orElseThrow();
        assertThat(lifted.status()).isEqualTo("LIFTED");
        assertThat(lifted.liftedAt()).isNotNull();
        assertThat(measures.file(number)).filteredOn(e -> e.kind().equals("DEDUCTION_ORDER")).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("LIFTED"));
        var accountant = persons.findByPinfl(employer.accountant()).orElseThrow().id();
        assertThat(notifications.notices(accountant)).extracting(n -> n.template())
                .contains("enforcement-deduction-lifted");
        var afterwards = report(id, token, YearMonth.now(TASHKENT).minusMonths(2).toString(), "1000.00", "PR-13");
        assertThat(afterwards.statusCode()).isEqualTo(400);
        assertProblem(afterwards, "enforcement.deduction.lifted", "id");
    }

    @Test
    void badReportsAreProblemsNamingTheFieldAndChangeNothing() throws Exception {
        var employer = payrolls.employer();
        var debtor = court.debtor(port);
        payrolls.hire(employer, debtor.pinfl(), 10_000_000);
        var number = measuresTaken(Court.moneyWrit(debtor.pinfl(), 100_000_000_00L));
        var id = orders.ofCase(number).getFirst().id().toString();
        var token = token(employer.accountant());
        var month = YearMonth.now(TASHKENT).toString();

        assertProblem(report(id, token, "2026-13", "1000.00", "R"), "enforcement.deduction.period", "period");
        assertProblem(report(id, token, "11-2026", "1000.00", "R"), "enforcement.deduction.period", "period");
        assertProblem(report(id, token, null, "1000.00", "R"), "enforcement.deduction.period", "period");
        assertProblem(report(id, token, YearMonth.now(TASHKENT).plusMonths(1).toString(), "1000.00", "R"),
                "enforcement.deduction.period.range", "period");
        assertProblem(report(id, token, month, "-5", "R"), "enforcement.deduction.amount.positive", "amount");
        assertProblem(report(id, token, month, "0", "R"), "enforcement.deduction.amount.positive", "amount");
        assertProblem(report(id, token, month, "abc", "R"), "money.format", "amount");
        assertProblem(report(id, token, month, "1.005", "R"), "money.format", "amount");
        assertProblem(report(id, token, month, null, "R"), "enforcement.deduction.amount", "amount");
        assertProblem(report(id, token, month, "1000.00", " "), "enforcement.deduction.payrollReference",
                "payrollReference");
        assertProblem(report(id, token, month, "1000.00", "R".repeat(101)),
                "enforcement.deduction.payrollReference", "payrollReference");
        var russian = court.post(port, ORDERS + "/" + id + "/deductions", Map.of("period", "2026/11", "amount", "1",
                "payrollReference", "R"), token, "ru");
        assertThat(body(russian).get("detail").asString()).contains("Месяц");
        assertThat(report(UUID.randomUUID().toString(), token, month, "1000.00", "R").statusCode()).isEqualTo(404);
        assertThat(report("not-a-uuid", token, month, "1000.00", "R").statusCode()).isEqualTo(404);
        var malformed = court.post(port, ORDERS + "/" + id + "/deductions", "[1, 2]", token, "en");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(orders.deductions(UUID.fromString(id))).isEmpty();
        assertThat(employerReceipts(debtor.pinfl())).isZero();
    }

    @Test
    void theEmployersPageShowsItsOrdersAndTakesAReportWithErrorsBesideTheField() throws Exception {
        var employer = payrolls.employer();
        var debtor = court.debtor(port);
        payrolls.hire(employer, debtor.pinfl(), 10_000_000);
        var number = measuresTaken(Court.moneyWrit(debtor.pinfl(), 100_000_000_00L));
        var order = orders.ofCase(number).getFirst();

        var page = new WebSession(port, "en");
        page.signIn(employer.accountant().value(), TestCitizens.PASSWORD);
        var shown = page.get("/cabinet/employer/deductions");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("order-" + order.id(), "50 %", employer.stir().value(), number);

        var wrong = page.post("/cabinet/employer/deductions/" + order.id(), WebSession.form("period", "2026/11",
                "amount", "1000", "payrollReference", "PR-1"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"period-error-" + order.id() + "\"", "year-month");
        assertThat(orders.deductions(order.id())).isEmpty();

        var done = page.follow(page.post("/cabinet/employer/deductions/" + order.id(), WebSession.form("period",
                YearMonth.now(TASHKENT).toString(), "amount", "1 000 000", "payrollReference", "PR-1")));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"reported\"", "PR-1");
        assertThat(orders.deductions(order.id())).singleElement()
                .satisfies(d -> assertThat(d.amount()).isEqualTo(Money.ofSoum(1_000_000)));

        var stranger = new WebSession(port, "en");
        stranger.signIn(payrolls.employer().accountant().value(), TestCitizens.PASSWORD);
        assertThat(stranger.get("/cabinet/employer/deductions").body()).doesNotContain(order.id().toString())
                .contains("id=\"no-orders\"");
        assertThat(stranger.post("/cabinet/employer/deductions/" + order.id(), WebSession.form("period",
                YearMonth.now(TASHKENT).toString(), "amount", "1000", "payrollReference", "PR-2")).statusCode())
                .isEqualTo(404);
    }

    /** A case whose measures the robot took. */
    private String measuresTaken(Map<String, Object> writ) throws Exception {
        var number = openedPastVoluntaryPeriod(writ);
        measures.apply(number, null);
        return number;
    }

    private String openedPastVoluntaryPeriod(Map<String, Object> writ) throws Exception {
        var signed = court.signedWrit(port, court.clerk(port), court.judge(port), writ);
        var number = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(signed), c -> c.isPresent())
                .orElseThrow().number();
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), number).update();
        return number;
    }

    private String token(Pinfl person) throws Exception {
        return TokenFlows.accessToken(port, court.clients(), person.value(), TestCitizens.PASSWORD, null);
    }

    private HttpResponse<byte[]> report(String order, String token, String period, String amount, String reference)
            throws Exception {
        var body = new HashMap<String, Object>();
        body.put("period", period);
        body.put("amount", amount);
        body.put("payrollReference", reference);
        return court.post(port, ORDERS + "/" + order + "/deductions", body, token, "en");
    }

    private long employerReceipts(Pinfl debtor) {
        return jdbc.sql("select count(*) from enforcement.receipt where debtor = ? and source = 'EMPLOYER'")
                .param(debtor.value()).query(Long.class).single();
    }

    private static void assertProblem(HttpResponse<byte[]> response, String rule, String field) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(text(response))
                .startsWith("application/problem+json");
        var error = body(response).get("errors").get(0);
        assertThat(error.get("rule").asString()).as(text(response)).isEqualTo(rule);
        if (field != null) {
            assertThat(error.get("field").asString()).isEqualTo(field);
        }
    }
}
