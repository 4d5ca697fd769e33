package uz.yagona.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import uz.yagona.BrowserTest;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;
import uz.yagona.demo.DemoLogins;

/** A person signs in with a real browser, switches the language in the cabinet, and an officer gives a TOTP code. */
class SignInBrowserTests extends BrowserTest {

    @Test
    void aCitizenSignsInAndSwitchesTheCabinetToEveryLanguage() {
        open("/");
        navigate(browser.findElement(By.linkText("Kirish")));
        find("#username").sendKeys(DemoLogins.CITIZEN.value());
        find("#password").sendKeys(DemoLogins.PASSWORD);
        navigate(find("main form button[type=submit]"));

        assertThat(find("h1").getText()).isEqualTo("Shaxsiy kabinet");
        assertThat(find("#person-name").getText()).isEqualTo("Karimov Aziz Akmal oʻgʻli");
        screenshot("cabinet-uz-Latn");

        navigate(browser.findElement(By.linkText("Ўзбекча")));
        assertThat(htmlLang()).isEqualTo("uz-Cyrl");
        assertThat(find("h1").getText()).isEqualTo("Шахсий кабинет");
        assertThat(find("#person-name").getText()).isEqualTo("Каримов Азиз Акмал ўғли");

        navigate(browser.findElement(By.linkText("Русский")));
        assertThat(htmlLang()).isEqualTo("ru");
        assertThat(find("h1").getText()).isEqualTo("Личный кабинет");

        navigate(browser.findElement(By.linkText("English")));
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(find("h1").getText()).isEqualTo("My cabinet");
        screenshot("cabinet-en");

        navigate(find("nav.site-nav form button"));
        assertThat(find("main").getText()).contains("You have signed out.");
    }

    @Autowired
    TestCitizens citizens;

    @Test
    void anOfficerGivesTheTotpCodeInTheBrowser() {
        var officer = citizens.officer();
        open("/login?lang=ru");
        find("#username").sendKeys(officer.pinflValue());
        find("#password").sendKeys(officer.password());
        navigate(find("main form button[type=submit]"));
        assertThat(find("h1").getText()).isEqualTo("Код подтверждения");

        find("#code").sendKeys(TotpCodes.wrong(officer.totpSecret()));
        navigate(find("main form button[type=submit]"));
        assertThat(find("#totp-error").getText()).contains("Код неверен");

        find("#code").sendKeys(TotpCodes.code(officer.totpSecret(), 0));
        navigate(find("main form button[type=submit]"));
        assertThat(find("h1").getText()).isEqualTo("Личный кабинет");
        assertThat(find("main").getText()).contains("Davlat ijrochisi").contains("Тестова");
    }

}
