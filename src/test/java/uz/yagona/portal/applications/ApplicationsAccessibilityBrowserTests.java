package uz.yagona.portal.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.demo.DemoLogins;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;

/**
 * axe-core in headless Chromium over the applicant's pages: consent step, prefilled form, the form with its
 * errors, an application and the list, the public ratings, and the officer's queue, application and comments;
 * no serious or critical violation.
 */
class ApplicationsAccessibilityBrowserTests extends BrowserTest {

    @Autowired
    TestCitizens citizens;


    @Test
    void theApplicantsPagesHaveNoSeriousViolations() {
        signIn();
        open("/services/civil.birth-certificate/apply");
        assertThat(Accessibility.blocking(browser)).as("consent step").isEmpty();
        navigate(find("main form button[type=submit]"));
        assertThat(find("#registry-facts")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("prefilled form").isEmpty();
        navigate(find("main form button[type=submit]"));
        assertThat(find(".field-error")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("form with errors").isEmpty();

        open("/services/tax.debt-certificate/apply");
        navigate(find("main form button[type=submit]"));
        navigate(find("main form button[type=submit]"));
        assertThat(find("#status")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("an application").isEmpty();
        open("/cabinet/applications");
        assertThat(find(".application-row")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("my applications").isEmpty();
    }

    @Test
    void theOfficersPagesHaveNoSeriousViolations() {
        signIn();
        open("/services/civil.repeat-certificate/apply");
        navigate(find("main form button[type=submit]"));
        new Select(find("select[name=certificateKind]")).selectByValue("BIRTH");
        navigate(find("main form button[type=submit]"));
        assertThat(find("#pay-link")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("an application awaiting payment").isEmpty();
        var number = browser.getCurrentUrl().replaceAll(".*/cabinet/applications/([^?]+).*", "$1");

        restartBrowserPreferring("en");
        var login = citizens.appointedTo("MOJ", "OFFICER").login();
        open("/login");
        find("#username").sendKeys(login.pinflValue());
        find("#password").sendKeys(login.password());
        navigate(find("main form button[type=submit]"));
        find("#code").sendKeys(TotpCodes.code(login.totpSecret(), 0));
        navigate(find("main form button[type=submit]"));
        open("/office/queue");
        assertThat(find("main").getText()).contains(number);
        assertThat(Accessibility.blocking(browser)).as("the queue").isEmpty();
        open("/office/applications/" + number);
        assertThat(find("#decide")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("an application for the officer").isEmpty();
        open("/office/ratings");
        assertThat(Accessibility.blocking(browser)).as("ratings and comments").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uz-Latn", "uz-Cyrl", "ru", "en"})
    void theRatingsPageHasNoSeriousViolations(String lang) {
        open("/services/ratings?lang=" + lang);
        assertThat(Accessibility.blocking(browser)).as("ratings in %s", lang).isEmpty();
    }

    private void signIn() {
        open("/login");
        find("#username").sendKeys(DemoLogins.CITIZEN.value());
        find("#password").sendKeys(DemoLogins.PASSWORD);
        navigate(find("main form button[type=submit]"));
        assertThat(find("h1").getText()).isEqualTo("Shaxsiy kabinet");
    }
}
