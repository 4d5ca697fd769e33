package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import uz.yagona.notifications.Notice;
import uz.yagona.notifications.Notifications;
import uz.yagona.payments.Payments;

/**
 * A signed writ opens its case by itself: in the debtor's district, assigned by least open cases as a recorded
 * decision, with the voluntary period, an invoice and a notice on every channel. Who sees a case is tested too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EnforcementCasesTests {

    private static final String YUNUSOBOD = "MBB.1726.1726266";

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    EnforcementCases cases;

    @Autowired
    Payments payments;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignedWritOpensACaseInTheDebtorsDistrictAssignedByLeastOpenCasesAndTheDebtorIsNotified() throws Exception {
        court.officer(port, YUNUSOBOD);
        var debtor = court.debtor(port);
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), 3_000_000_00L));

        var opened = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow();
        assertThat(opened.number()).matches("IJ-\\d{4}-\\d{7}");
        assertThat(opened.agency()).isEqualTo(YUNUSOBOD);
        assertThat(opened.officer()).isNotNull();
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.voluntaryUntil()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Tashkent")).plusDays(5));
        var invoice = payments.findByNumber(opened.invoiceNumber()).orElseThrow();
        assertThat(invoice.amount().tiyin()).isEqualTo(3_000_000_00L);
        assertThat(invoice.payer().id()).isEqualTo(debtor.pinfl().value());
        assertThat(invoice.reference()).isEqualTo(opened.number());
        assertThat(invoice.dueDate()).isEqualTo(opened.voluntaryUntil());

        var decisions = cases.decisions(writ);
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo("ASSIGNMENT");
            assertThat(decision.rule()).isEqualTo("least-open-cases/v1");
            assertThat(decision.outcome()).isEqualTo(opened.officer().toString());
            assertThat(decision.caseNumber()).isEqualTo(opened.number());
        });
        var inputs = Court.JSON.readTree(decisions.getFirst().inputs());
        assertThat(inputs.get("debtorDistrict").asString()).isEqualTo("1726266");
        assertThat(inputs.get("department").asString()).isEqualTo(YUNUSOBOD);
        var load = new ArrayList<JsonNode>();
        inputs.get("officers").forEach(load::add);
        assertThat(load).hasSizeGreaterThanOrEqualTo(2);
        long fewest = load.stream().mapToLong(o -> o.get("openCases").asLong()).min().orElseThrow();
        assertThat(load).filteredOn(o -> o.get("officer").asString().equals(opened.officer().toString()))
                .singleElement().satisfies(o -> assertThat(o.get("openCases").asLong()).isEqualTo(fewest));

        assertThat(notifications.notices(debtor.id())).extracting(Notice::subject)
                .contains("Sizga nisbatan " + opened.number() + " ijro ishi ochildi");
        assertThat(jdbc.sql("select channel from notifications.outbox where template = 'enforcement-case-opened' "
                        + "and address in (?, ?) and body like ?")
                .params("debtor-" + debtor.pinfl().value() + "@example.uz", "+998901112233",
                        "%" + opened.number() + "%")
                .query(String.class).list()).containsExactlyInAnyOrder("EMAIL", "SMS");

        var mine = court.get(port, "/api/v1/enforcement/cases", debtor.token(), "en");
        assertThat(mine.statusCode()).as(text(mine)).isEqualTo(200);
        assertThat(numbers(body(mine))).containsExactly(opened.number());
        var detail = body(court.get(port, "/api/v1/enforcement/cases/" + opened.number(), debtor.token(), "en"));
        assertThat(detail.get("payUrl").asString()).startsWith("/payments/sandbox/");
        assertThat(detail.get("decisions").get(0).get("reason").asString()).contains("fewest", YUNUSOBOD);
        assertThat(detail.get("decisions").get(0).get("inputs").get("debtorDistrict").asString())
                .isEqualTo("1726266");

        // the same writ again opens nothing new
        assertThat(cases.open(writ).orElseThrow().number()).isEqualTo(opened.number());
        assertThat(jdbc.sql("select count(*) from enforcement.enforcement_case where writ_number = ?").param(writ)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void officersSeeOnlyTheirDistrictsCasesAndCitizensOnlyTheirOwn() throws Exception {
        var debtor = court.debtor(port);
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), 750_000_00L));
        var number = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow().number();
        var here = court.officer(port, YUNUSOBOD);
        var there = court.officer(port, "MBB.1726.1726294");
        var stranger = court.debtor(port);

        assertThat(court.get(port, "/api/v1/enforcement/cases/" + number, here.token(), "en").statusCode())
                .isEqualTo(200);
        assertThat(numbers(body(court.get(port, "/api/v1/enforcement/office/cases", here.token(), "en"))))
                .contains(number);

        var foreign = court.get(port, "/api/v1/enforcement/cases/" + number, there.token(), "ru");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(numbers(body(court.get(port, "/api/v1/enforcement/office/cases", there.token(), "en"))))
                .doesNotContain(number);

        assertThat(court.get(port, "/api/v1/enforcement/cases/" + number, stranger.token(), "en").statusCode())
                .isEqualTo(404);
        assertThat(numbers(body(court.get(port, "/api/v1/enforcement/cases", stranger.token(), "en")))).isEmpty();
        assertThat(court.get(port, "/api/v1/enforcement/office/cases", stranger.token(), "en").statusCode())
                .isEqualTo(403);
        assertThat(court.get(port, "/api/v1/enforcement/cases/" + number, null, "en").statusCode()).isEqualTo(401);
        assertThat(court.get(port, "/api/v1/enforcement/cases/nonsense", here.token(), "en").statusCode())
                .isEqualTo(400);
    }

    @Test
    void anUnsignedOrTamperedWritOpensNoCaseAndTheRefusalIsRecorded() throws Exception {
        var debtor = court.debtor(port);
        var clerk = court.clerk(port);
        var draft = body(court.post(port, "/api/v1/enforcement/writs", Court.moneyWrit(debtor.pinfl(), 100_00L),
                clerk.token(), "en")).get("number").asString();
        assertThat(cases.open(draft)).isEmpty();
        assertThat(cases.ofWrit(draft)).isEmpty();
        assertThat(cases.decisions(draft)).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("REFUSED"));

        var signed = court.signedWrit(port, clerk, court.judge(port), Court.moneyWrit(debtor.pinfl(), 200_00L));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(signed).isPresent());
        // as if the amount had been changed before the case opened: undo the case, alter the writ, deliver again
        jdbc.sql("delete from enforcement.decision where writ_number = ?").param(signed).update();
        jdbc.sql("delete from enforcement.enforcement_case where writ_number = ?").param(signed).update();
        jdbc.sql("update enforcement.writ set amount_tiyin = 1 where number = ?").param(signed).update();
        assertThat(cases.open(signed)).isEmpty();
        assertThat(cases.ofWrit(signed)).isEmpty();
        assertThat(cases.decisions(signed)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("WRIT_REFUSED");
            assertThat(Court.JSON.readTree(d.inputs()).get("intact").asBoolean()).isFalse();
            assertThat(Court.JSON.readTree(d.inputs()).get("signatureValid").asBoolean()).isFalse();
        });
    }

    private static java.util.List<String> numbers(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(c -> c.get("number").asString()).toList();
    }
}
