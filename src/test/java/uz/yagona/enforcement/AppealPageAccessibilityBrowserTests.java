package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;

/**
 * axe-core over the debtor's appeal page, empty and with an error beside a field, and over the officer's action
 * forms (on a stand-in page, as the officer's case page includes them), in every language.
 */
class AppealPageAccessibilityBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};

    @Autowired
    Court court;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    TestCitizens citizens;

    @Test
    void theAppealPageHasNoSeriousViolations() throws Exception {
        var debtor = court.debtor(port);
        var officer = court.officer(port, CaseFixtures.YUNUSOBOD);
        var c = fixtures.due(port, debtor, 500_000_000_00L);
        assertThat(court.post(port, "/api/v1/enforcement/cases/" + c.number() + "/measures", Map.of(),
                officer.token(), "en").statusCode()).isEqualTo(200);

        open("/login");
        find("#username").sendKeys(debtor.pinfl().value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        find("main form button[type=submit]").click();
        for (var lang : LANGUAGES) {
            open("/cabinet/enforcement/cases/" + c.number() + "/appeal?lang=" + lang);
            assertThat(find("#appeal-form")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("appeal page in %s", lang).isEmpty();
            find("#target-0").click();
            find("#text").sendKeys("No.");
            find("#appeal-form button[type=submit]").click();
            assertThat(find("#text-error")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("appeal page with errors in %s", lang).isEmpty();
        }
    }

    @Test
    void theOfficersActionFormsHaveNoSeriousViolations() throws Exception {
        var debtor = court.debtor(port);
        court.officer(port, CaseFixtures.YUNUSOBOD);
        var c = fixtures.due(port, debtor, 6_000_000_00L);
        var login = citizens.appointedTo(CaseFixtures.YUNUSOBOD, "ENFORCEMENT_OFFICER").login();
        open("/login");
        find("#username").sendKeys(login.pinflValue());
        find("#password").sendKeys(login.password());
        navigate(find("main form button[type=submit]"));
        find("#code").sendKeys(TotpCodes.code(login.totpSecret(), 0));
        navigate(find("main form button[type=submit]"));
        for (var lang : LANGUAGES) {
            open("/test/enforcement/office-actions/" + c.number() + "?lang=" + lang);
            assertThat(find("#action-suspension")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("office actions in %s", lang).isEmpty();
        }
    }
}
