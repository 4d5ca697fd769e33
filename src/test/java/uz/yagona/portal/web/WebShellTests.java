package uz.yagona.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/** The layout, languages and error page over real HTTP, as a browser without JavaScript sees them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebShellTests {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMessageSourceReadsUzbekCyrillicFromItsOwnFileAndUzbekLatinFromTheDefault() {
        assertThat(messages.getMessage("layout.nav.home", null, Locale.forLanguageTag("uz-Cyrl")))
                .isEqualTo("Бош саҳифа");
        assertThat(messages.getMessage("layout.nav.home", null, Locale.forLanguageTag("uz-Latn")))
                .isEqualTo("Bosh sahifa");
        assertThat(messages.getMessage("layout.nav.home", null, Locale.forLanguageTag("ru"))).isEqualTo("Главная");
        assertThat(messages.getMessage("layout.nav.home", null, Locale.ENGLISH)).isEqualTo("Home");
    }

    @Test
    void theHomePageSpeaksUzbekLatinByDefault() throws Exception {
        var page = get("/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"uz-Latn\"")
                .contains("Davlat xizmatlari — bir joyda")
                .contains("href=\"#main\"", "<header", "<nav", "<main id=\"main\"", "<footer")
                .containsPattern("<script defer src=\"/webjars/htmx.org/[^\"]*htmx.min.js\"></script>")
                .contains("href=\"/login\"");
    }

    @ParameterizedTest
    @CsvSource({
        "uz-Cyrl, uz-Cyrl, Давлат хизматлари — бир жойда",
        "uz, uz-Latn, Davlat xizmatlari — bir joyda",
        "uz-Latn, uz-Latn, Davlat xizmatlari — bir joyda",
        "ru, ru, Государственные услуги — в одном месте",
        "en, en, Public services in one place"
    })
    void theLangParameterChoosesTheLanguageAndRemembersItInACookie(String lang, String tag, String heading)
            throws Exception {
        var page = get("/?lang=" + lang, "ru", null);
        assertThat(page.body()).contains("<html lang=\"" + tag + "\"").contains(heading);
        var cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("yagona-lang=" + tag + ";")
                .contains("Max-Age=31536000", "HttpOnly", "SameSite=Lax", "Path=/");

        var next = get("/", "ru", "yagona-lang=" + tag);
        assertThat(next.body()).contains("<html lang=\"" + tag + "\"").contains(heading);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru-RU,ru;q=0.9 | ru | Государственные услуги",
        "uz-Cyrl | uz-Cyrl | Давлат хизматлари",
        "uz | uz-Latn | Davlat xizmatlari",
        "en-US,en;q=0.9 | en | Public services",
        "de-DE,fr;q=0.8 | uz-Latn | Davlat xizmatlari"
    })
    void onAFirstVisitTheBrowsersLanguageChooses(String acceptLanguage, String tag, String heading)
            throws Exception {
        var page = get("/", acceptLanguage, null);
        assertThat(page.body()).contains("<html lang=\"" + tag + "\"").contains(heading);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void unknownLanguagesAreIgnoredNotAnError() throws Exception {
        var page = get("/?lang=xx-%3Cscript%3E", null, "yagona-lang=klingon");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"uz-Latn\"");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theLanguageSwitchKeepsThePathAndQueryAndMarksTheCurrentLanguage() throws Exception {
        var page = get("/?q=soliq&lang=ru", null, null).body();
        assertThat(page)
                .contains("href=\"/?q=soliq&amp;lang=uz-Latn\" lang=\"uz-Latn\" hreflang=\"uz-Latn\"")
                .contains("href=\"/?q=soliq&amp;lang=uz-Cyrl\"")
                .contains("href=\"/?q=soliq&amp;lang=en\"")
                .containsPattern("href=\"/\\?q=soliq&amp;lang=ru\" lang=\"ru\" hreflang=\"ru\" aria-current=\"true\"")
                .contains(">Oʻzbekcha<", ">Ўзбекча<", ">Русский<", ">English<");
    }

    @Test
    void anUnknownPageShowsAFriendlyLocalizedErrorPageWithoutInternals() throws Exception {
        var notFound = get("/css/no-such.css", "ru", null);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body())
                .contains("<html lang=\"ru\"")
                .contains("Страница не найдена")
                .contains("Код ошибки: 404")
                .contains("href=\"/css/no-such.css?lang=en\"")
                .doesNotContain("Exception", "at org.", "Whitelabel");
    }

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
