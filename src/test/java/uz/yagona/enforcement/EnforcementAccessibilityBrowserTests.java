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

/**
 * axe-core over the enforcement pages: a writ's verification, the debtor's cabinet and the public debtor search,
 * in every language.
 */
class EnforcementAccessibilityBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};

    @Autowired
    Court court;

    @Autowired
    EnforcementCases cases;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVerifiedWritAndTheDebtorsCasesHaveNoSeriousViolations() throws Exception {
        var debtor = court.debtor(port);
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), 500_000_000_00L));
        var number = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow().number();
        jdbc.sql("update enforcement.enforcement_case set voluntary_until = ? where number = ?")
                .params(LocalDate.now().minusDays(2), number).update();
        measures.apply(number, null);

        for (var lang : LANGUAGES) {
            open("/enforcement/writs/verify?lang=" + lang);
            assertThat(Accessibility.blocking(browser)).as("empty form in %s", lang).isEmpty();
            open("/enforcement/writs/verify?number=" + writ + "&lang=" + lang);
            assertThat(find("#genuine")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("writ in %s", lang).isEmpty();
        }

        open("/login");
        find("#username").sendKeys(debtor.pinfl().value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        find("main form button[type=submit]").click();
        for (var lang : LANGUAGES) {
            open("/cabinet/enforcement?lang=" + lang);
            assertThat(find("#case-" + number)).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("cabinet in %s", lang).isEmpty();
        }
    }

    @Test
    void theDebtorSearchWithResultsAndWithAnErrorHasNoSeriousViolationsAndWorksWithoutJavaScript() throws Exception {
        var debtor = court.debtor(port);
        var writ = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(debtor.pinfl(), 900_000_00L));
        var number = await().atMost(Duration.ofSeconds(20)).until(() -> cases.ofWrit(writ), c -> c.isPresent())
                .orElseThrow().number();

        for (var lang : LANGUAGES) {
            open("/enforcement/debtors?lang=" + lang);
            assertThat(Accessibility.blocking(browser)).as("empty search in %s", lang).isEmpty();
            open("/enforcement/debtors?lang=" + lang + "&pinfl=" + debtor.pinfl().value());
            assertThat(find("#case-" + number)).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("results in %s", lang).isEmpty();
            open("/enforcement/debtors?lang=" + lang + "&name=Testova&birthDate=1990-01-01");
            assertThat(find("#name-error")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("form error in %s", lang).isEmpty();
        }

        restartBrowserWithoutJavaScript();
        open("/enforcement/writs/verify?lang=en");
        navigate(find("#debtor-search-link"));
        find("#name").sendKeys("TESTOVA  nigora");
        find("#birthDate").sendKeys(debtor.pinfl().birthDate().toString());
        navigate(find("#search-name"));
        assertThat(find("#case-" + number).getText()).contains(number, "Testova Nigora Aziz qizi");
    }
}
