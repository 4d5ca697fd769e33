package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.identity.TestCitizens;

/** axe-core over the employer's deduction orders page, with an order and with a refused report, in every language. */
class EmployerPageBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};

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
    JdbcClient jdbc;

    @Test
    void theEmployersOrdersAndAFormErrorHaveNoSeriousViolations() throws Exception {
        var employer = payrolls.employer();
        var debtor = court.debtor(port);
        payrolls.hire(employer, debtor.pinfl(), 8_000_000);
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), 90_000_000_00L));
        var number = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow().number();
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), number).update();
        measures.apply(number, null);
        var order = orders.ofCase(number).getFirst();

        open("/login");
        find("#username").sendKeys(employer.accountant().value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        navigate(find("main form button[type=submit]"));
        for (var lang : LANGUAGES) {
            open("/cabinet/employer/deductions?lang=" + lang);
            assertThat(find("#order-" + order.id())).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("orders in %s", lang).isEmpty();
        }
        find("#period-" + order.id()).sendKeys("2026-13");
        find("#amount-" + order.id()).sendKeys("1000");
        find("#reference-" + order.id()).sendKeys("PR-1");
        navigate(find("#order-" + order.id() + " form button[type=submit]"));
        assertThat(find("#period-error-" + order.id()).getText()).contains("2026-13");
        assertThat(Accessibility.blocking(browser)).as("form error").isEmpty();
    }
}
