package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;

/**
 * axe-core over the new enforcement pages in every language: the officer's queue, case file and statistics,
 * and the debtor's case page, cabinet and creditor's writs.
 */
class EnforcementOfficeBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};

    @Autowired
    Court court;

    @Autowired
    Desks desks;

    @Autowired
    EnforcementMeasures measures;

    @Autowired
    CaseMessages messages;

    @Autowired
    TestCitizens citizens;

    @Test
    void theOfficersAndTheDebtorsPagesHaveNoSeriousViolations() throws Exception {
        var debtor = court.debtor(port);
        var c = desks.open(port, Court.moneyWrit(debtor.pinfl(), 500_000_000_00L));
        desks.pastVoluntaryPeriod(c.number());
        measures.apply(c.number(), null);
        messages.send(c.number(), CaseMessage.Side.DEBTOR, debtor.id(), "Toʻlov jadvalini taklif qilaman");

        var head = citizens.appointedTo(c.agency(), "ENFORCEMENT_OFFICER", "SUPERVISOR").login();
        open("/login");
        find("#username").sendKeys(head.pinflValue());
        find("#password").sendKeys(head.password());
        navigate(find("main form button[type=submit]"));
        find("#code").sendKeys(TotpCodes.code(head.totpSecret(), 0));
        navigate(find("main form button[type=submit]"));
        // every page once, the richest pages in every language: each axe run takes seconds
        open("/office/enforcement?lang=uz-Latn");
        assertThat(find("#row-" + c.number())).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("queue").isEmpty();
        for (var lang : LANGUAGES) {
            open("/office/enforcement/cases/" + c.number() + "?lang=" + lang);
            assertThat(find("#measures-form")).isNotNull();
            assertThat(find("#measures")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("case file in %s", lang).isEmpty();
        }
        open("/office/enforcement/statistics?lang=uz-Cyrl");
        assertThat(find("#regions")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("statistics").isEmpty();

        restartBrowserPreferring("uz");
        open("/login");
        find("#username").sendKeys(debtor.pinfl().value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        navigate(find("main form button[type=submit]"));
        for (var lang : LANGUAGES) {
            open("/cabinet/enforcement/cases/" + c.number() + "?lang=" + lang);
            assertThat(find("#message-form")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("debtor's case page in %s", lang).isEmpty();
        }
        open("/cabinet/enforcement/writs?lang=ru");
        assertThat(Accessibility.blocking(browser)).as("creditor's writs").isEmpty();
        // an error beside the field is accessible too
        open("/cabinet/enforcement/cases/" + c.number() + "?lang=en");
        navigate(find("#message-form button[type=submit]"));
        assertThat(find("#text-error").getText()).isEqualTo("Write the text of the message.");
        assertThat(Accessibility.blocking(browser)).as("message form with an error").isEmpty();
    }
}
