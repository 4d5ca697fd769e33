package uz.yagona.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import uz.yagona.BrowserTest;

class HomePageBrowserTests extends BrowserTest {

    @Test
    void theFirstTabReachesASkipLinkToTheMainContent() {
        open("/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("skip-link");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        assertThat(focused.isDisplayed()).isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void theHomePageHasLandmarksAndALanguageSwitch() {
        open("/");
        assertThat(htmlLang()).isEqualTo("uz-Latn");
        assertThat(findAll("header")).hasSize(1);
        assertThat(findAll("main#main")).hasSize(1);
        assertThat(findAll("footer")).hasSize(1);
        assertThat(findAll("nav[aria-label]")).hasSize(2);
        assertThat(find("h1").getText()).isEqualTo("Davlat xizmatlari — bir joyda");

        var languages = findAll("nav.languages a");
        assertThat(languages).extracting(WebElement::getText)
                .containsExactly("Oʻzbekcha", "Ўзбекча", "Русский", "English");
        assertThat(languages).extracting(link -> link.getDomAttribute("hreflang"))
                .containsExactly("uz-Latn", "uz-Cyrl", "ru", "en");
        assertThat(languages).extracting(link -> link.getDomAttribute("lang"))
                .containsExactly("uz-Latn", "uz-Cyrl", "ru", "en");
        assertThat(findAll("nav.languages a[aria-current=true]")).extracting(WebElement::getText)
                .containsExactly("Oʻzbekcha");
    }

    @Test
    void clickingALanguageSwitchesThePageAndTheChoiceIsRemembered() {
        open("/");
        record Expected(String name, String lang, String heading, String signIn) {
        }
        for (var expected : new Expected[] {
            new Expected("Ўзбекча", "uz-Cyrl", "Давлат хизматлари — бир жойда", "Кириш"),
            new Expected("Русский", "ru", "Государственные услуги — в одном месте", "Войти"),
            new Expected("English", "en", "Public services in one place", "Sign in"),
            new Expected("Oʻzbekcha", "uz-Latn", "Davlat xizmatlari — bir joyda", "Kirish")}) {
            navigate(browser.findElement(By.linkText(expected.name())));
            assertThat(htmlLang()).isEqualTo(expected.lang());
            assertThat(find("h1").getText()).isEqualTo(expected.heading());
            assertThat(find("nav.site-nav").getText()).contains(expected.signIn());
            assertThat(find("nav.languages a[aria-current=true]").getText()).isEqualTo(expected.name());
            screenshot("home-" + expected.lang());

            open("/");
            assertThat(htmlLang()).as("remembered without ?lang").isEqualTo(expected.lang());
            assertThat(find("h1").getText()).isEqualTo(expected.heading());
        }
    }

    @Test
    void theLanguageSwitchWorksWithoutJavaScript() {
        restartBrowserWithoutJavaScript();
        open("/");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return typeof window.htmx;"))
                .isEqualTo("undefined");
        navigate(browser.findElement(By.linkText("English")));
        assertThat(htmlLang()).isEqualTo("en");
        open("/");
        assertThat(find("h1").getText()).isEqualTo("Public services in one place");
    }

    @Test
    void aBrowserPreferringRussianGetsRussianOnTheFirstVisit() {
        restartBrowserPreferring("ru-RU,ru");
        open("/");
        assertThat(htmlLang()).isEqualTo("ru");
        assertThat(find("h1").getText()).isEqualTo("Государственные услуги — в одном месте");
    }

    @Test
    void theHomePageFitsAPhoneWithoutSidewaysScrolling() {
        open("/");
        var overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot("home-phone");
    }

    @Test
    void htmxLoadsFromTheWebJarAsAnEnhancementOnly() {
        open("/");
        var htmx = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return typeof window.htmx;");
        assertThat(htmx).isEqualTo("object");
    }
}
