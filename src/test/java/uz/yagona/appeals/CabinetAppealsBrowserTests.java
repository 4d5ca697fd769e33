package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;

/**
 * A citizen files an appeal from the cabinet in a real browser and follows it; a form error stays beside the field
 * in the citizen's language; another citizen cannot open it; axe-core finds nothing serious on the pages.
 */
class CabinetAppealsBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};

    @Autowired
    TestCitizens citizens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFilesAnAppealFromTheCabinetAndFollowsItInEveryLanguage() {
        var pinfl = citizens.withAccount();
        open("/login");
        find("#username").sendKeys(pinfl.value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        navigate(find("main form button[type=submit]"));

        open("/cabinet/appeals/new?lang=ru");
        find("#kind-COMPLAINT").click();
        navigate(find("#appeal-form button[type=submit]"));
        assertThat(find("#text-error").getText()).isEqualTo("Напишите текст обращения");
        assertThat(find("#kind-COMPLAINT").isSelected()).isTrue();
        assertThat(Accessibility.blocking(browser)).as("form with an error").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where applicant_pinfl = ?", Long.class,
                pinfl.value())).isZero();

        find("#text").sendKeys("Во дворе дома 12 на улице Амира Темура третий день течёт вода из трубы, "
                + "подвал затоплен, управляющая компания не отвечает.");
        find("#district option[value='1726266']").click();
        navigate(find("#appeal-form button[type=submit]"));
        var number = find("h1").getText().replace("Обращение ", "");
        assertThat(number).matches("MUR-20[0-9]{2}-[0-9]{7}");
        assertThat(find("#status").getText()).isIn("На рассмотрении", "Определяется ответственный орган");
        assertThat(find("ol.steps").getText()).contains("Зарегистрировано");

        for (var lang : LANGUAGES) {
            open("/cabinet/appeals?lang=" + lang);
            assertThat(find("#appeal-" + number)).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("list in %s", lang).isEmpty();
            open("/cabinet/appeals/" + number + "?lang=" + lang);
            assertThat(Accessibility.blocking(browser)).as("appeal in %s", lang).isEmpty();
            open("/cabinet/appeals/new?lang=" + lang);
            assertThat(Accessibility.blocking(browser)).as("form in %s", lang).isEmpty();
        }

        var stranger = new WebSession(port, "en");
        stranger.signIn(citizens.withAccount().value(), TestCitizens.PASSWORD);
        assertThat(stranger.get("/cabinet/appeals/" + number).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/cabinet/appeals").body()).doesNotContain(number);
    }
}
