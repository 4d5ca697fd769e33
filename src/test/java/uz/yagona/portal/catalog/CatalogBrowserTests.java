package uz.yagona.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import uz.yagona.BrowserTest;

/** A person finds a service from the home page by typing in Cyrillic, on a phone, with and without JavaScript. */
class CatalogBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fromTheHomePageAPersonTypesInCyrillicAndReachesTheBirthCertificatePage(boolean javaScript) {
        if (!javaScript) {
            restartBrowserWithoutJavaScript();
        }
        open("/");
        navigate(browser.findElement(By.linkText("Davlat xizmatlari")));
        assertThat(find("h1").getText()).isEqualTo("Davlat xizmatlari");
        assertThat(findAll("main h2")).hasSize(8);

        var box = find("input#q");
        assertThat(find("label[for=q]").getText()).isEqualTo("Sizga nima kerak?");
        box.sendKeys("туғилганлик гувоҳномаси");
        box.submit();

        var first = find("ol.services li a");
        assertThat(first.getText()).isEqualTo("Tugʻilganlik haqida guvohnoma olish");
        navigate(first);
        assertThat(find("h1").getText()).isEqualTo("Tugʻilganlik haqida guvohnoma olish");
        assertThat(find("dl.facts").getText()).contains("Oʻzbekiston Respublikasi Adliya vazirligi", "Bepul", "1 kun");
        assertThat(find("a.button").getDomAttribute("href")).isEqualTo("/services/civil.birth-certificate/apply");
        screenshot("catalog-birth-certificate-" + (javaScript ? "js" : "nojs"));
    }
}
