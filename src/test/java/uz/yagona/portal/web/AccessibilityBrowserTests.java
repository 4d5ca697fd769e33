package uz.yagona.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.demo.DemoLogins;

/**
 * axe-core in headless Chromium over the pages a citizen goes through: no serious or critical violation of WCAG
 * 2.1 A/AA or best practice, in every language.
 */
class AccessibilityBrowserTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    uz.yagona.licensing.Licences licences;

    @ParameterizedTest
    @ValueSource(strings = {"uz-Latn", "uz-Cyrl", "ru", "en"})
    void publicPagesHaveNoSeriousViolations(String lang) {
        for (var path : new String[] {"/", "/login", "/licences/verify"}) {
            open(path + "?lang=" + lang);
            assertThat(Accessibility.blocking(browser)).as("%s in %s", path, lang).isEmpty();
        }
    }

    @Test
    void aLicenceVerifiedWithItsSealProofAndQrCodeHasNoSeriousViolations() {
        var licence = licences.issue("pharmacy", "301234567", "“Shifo Farm” MChJ", "Dorixona: Toshkent",
                java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusYears(5), "MOH");
        for (var lang : new String[] {"uz-Latn", "uz-Cyrl", "ru", "en"}) {
            open("/licences/verify?number=" + licence.number() + "&lang=" + lang);
            assertThat(find("#qr img")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("licence result in %s", lang).isEmpty();
        }
    }

    @Test
    void theCabinetAndAFormHaveNoSeriousViolations() {
        signIn();
        open("/services/address-certificate");
        assertThat(Accessibility.blocking(browser)).as("the consent step").isEmpty();
        find("#consent").click();
        navigate(find("main form button[type=submit]"));
        assertThat(find("main form")).isNotNull();
        assertThat(Accessibility.blocking(browser)).as("the prefilled form").isEmpty();

        // the prefilled form read the registries, so the data-access page has its table (scrollable on a phone)
        for (var path : new String[] {"/cabinet", "/cabinet/notices", "/cabinet/data-access"}) {
            open(path);
            if (path.endsWith("data-access")) {
                // the access log is written by its own writer a moment after the request
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                        .until(driver -> {
                            driver.navigate().refresh();
                            return !findAll("#data-access tbody tr").isEmpty();
                        });
            }
            assertThat(Accessibility.blocking(browser)).as(path).isEmpty();
        }
    }

    @Test
    void axeFindsWhatIsWrong() {
        // the check itself can fail: a page with an unlabelled field and an image without text is caught
        open("/");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                document.querySelector('main').insertAdjacentHTML('beforeend',
                    '<form><input type="text" name="x"></form><img src="/favicon.ico">');""");
        assertThat(Accessibility.blocking(browser)).extracting(Accessibility.Violation::rule)
                .contains("label", "image-alt");
    }

    private void signIn() {
        open("/login");
        find("#username").sendKeys(DemoLogins.CITIZEN.value());
        find("#password").sendKeys(DemoLogins.PASSWORD);
        navigate(find("main form button[type=submit]"));
        assertThat(find("h1").getText()).isEqualTo("Shaxsiy kabinet");
    }
}
