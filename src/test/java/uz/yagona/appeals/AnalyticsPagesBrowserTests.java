package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TotpCodes;
import uz.yagona.identity.WebSession;

/**
 * The dashboards of appeals in a real browser: appeals filed in a district on a topic show in the bars, the weekly
 * table and on the map with their counts, named and never coded, in every language; a bad period is an error
 * beside its field; a body's head sees only the body's appeals, the overdue ones by number; axe-core finds nothing
 * serious.
 */
class AnalyticsPagesBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // districts no other test files in, so their counts are this test's own
    private static final String MOYNOQ = "1735222";
    private static final String QONGIROT = "1735215";
    private static final AtomicInteger PHONES = new AtomicInteger();

    @Autowired
    TestCitizens citizens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filedAppealsShowInTheBarsTheWeeksAndOnTheMapNamedInEveryLanguage() throws Exception {
        var monday = LocalDate.now(ZoneId.of("Asia/Tashkent")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        open("/appeals/analytics?lang=en");
        long total = Long.parseLong(find("#total-filed").getText());
        long water = figure("#by-topic tr[data-key='water'] .filed");
        long week = figure("#by-week tr[data-key='" + monday + "'] .filed");

        file("water", MOYNOQ, 43.76, 59.01, "Moʻynoq shahrida ikki kundan beri ichimlik suvi yoʻq, quvur yorilgan.");
        file("water", MOYNOQ, 43.78, 59.03, "Qishlogʻimizdagi suv minorasi ishlamayapti, suv tashib ichyapmiz.");
        file("gas", MOYNOQ, null, null, "Uyimizga gaz bosimi juda past, kechqurun ovqat pishirib boʻlmayapti.");

        open("/appeals/analytics?lang=en");
        assertThat(find("h1").getText()).isEqualTo("Appeals in figures");
        assertThat(Long.parseLong(find("#total-filed").getText())).isEqualTo(total + 3);
        var waterRow = find("#by-topic tr[data-key='water']");
        assertThat(waterRow.findElement(By.cssSelector("th")).getText()).isEqualTo("Water supply");
        assertThat(figure("#by-topic tr[data-key='water'] .filed")).isEqualTo(water + 2);
        var district = find("#by-district tr[data-key='" + MOYNOQ + "']");
        assertThat(district.findElement(By.cssSelector("th")).getText())
                .isEqualTo("Republic of Karakalpakstan — Moynok district");
        assertThat(district.findElement(By.cssSelector(".filed")).getText()).isEqualTo("3");
        assertThat(find("#by-district").getText()).doesNotContain(MOYNOQ);
        assertThat(find("#by-agency tr[data-key='SUV.1735.1735222'] th").getText())
                .isEqualTo("Water supply company (Moynok district)");
        assertThat(figure("#by-week tr[data-key='" + monday + "'] .filed")).isEqualTo(week + 3);
        assertThat(find("#trend g[data-week='" + monday + "']")).isNotNull();

        // two of the three have a point: the district's circle counts two, at the mean of their points
        assertThat(find("#map g.spot[data-district='" + MOYNOQ + "'] .count").getText()).isEqualTo("2");
        assertThat(find("#map g.spot[data-district='" + MOYNOQ + "'] title").getAttribute("textContent"))
                .isEqualTo("Republic of Karakalpakstan — Moynok district: 2");
        var place = find("#by-place tr[data-key='" + MOYNOQ + "']");
        assertThat(place.findElement(By.cssSelector(".located")).getText()).isEqualTo("2");
        assertThat(place.getText()).contains("43.77, 59.02");

        assertThat(find("#csv-district").getDomAttribute("href"))
                .startsWith("/api/v1/appeals/analytics?by=district&from=").endsWith("&format=csv");
        var geojson = new WebSession(port, "en").get(find("#map-geojson").getDomAttribute("href"));
        assertThat(geojson.statusCode()).isEqualTo(200);
        long located = -1;
        for (var feature : JSON.readTree(geojson.body()).get("features")) {
            if (feature.get("properties").get("district").asString().equals(MOYNOQ)) {
                located = feature.get("properties").get("appeals").asLong();
            }
        }
        assertThat(located).isEqualTo(2);
        screenshot("appeals-dashboard");
        assertThat(Accessibility.blocking(browser)).as("dashboard in en").isEmpty();

        for (var lang : LANGUAGES) {
            open("/appeals/analytics?lang=" + lang);
            assertThat(htmlLang()).isEqualTo(lang);
            assertThat(find("#by-district tr[data-key='" + MOYNOQ + "'] .filed").getText()).isEqualTo("3");
            assertThat(find("#by-topic tr[data-key='water'] th").getText()).isNotEqualTo("water");
            assertThat(find("#map g.spot[data-district='" + MOYNOQ + "'] .count").getText()).isEqualTo("2");
            if (!lang.equals("en")) {
                assertThat(Accessibility.blocking(browser)).as("dashboard in %s", lang).isEmpty();
            }
        }
        assertThat(find("#by-topic tr[data-key='water'] th").getText()).isEqualTo("Water supply");
        open("/appeals/analytics?lang=ru");
        assertThat(find("#by-topic tr[data-key='water'] th").getText()).isEqualTo("Водоснабжение");
        assertThat(find("#by-district tr[data-key='" + MOYNOQ + "'] th").getText()).endsWith("Муйнакский район");
    }

    @Test
    void aBadPeriodIsAnErrorBesideItsField() {
        open("/appeals/analytics?from=2026-11-01&to=2026-10-01&lang=en");
        assertThat(find("#from-error").getText())
                .isEqualTo("The period starts before it ends and lasts at most 1098 days");
        assertThat(find("#from").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(findAll("#by-topic")).isEmpty();
        assertThat(Accessibility.blocking(browser)).as("period error").isEmpty();

        open("/appeals/analytics?from=2020-01-01&to=2026-01-01&lang=ru");
        assertThat(find("#from-error").getText()).startsWith("Начало периода раньше конца");
        open("/appeals/analytics?to=yesterday&lang=uz-Cyrl");
        assertThat(find("#to-error").getText()).isEqualTo("Сана ЙЙЙЙ-ОО-КК кўринишида бўлсин");
        assertThat(findAll("#from-error")).isEmpty();
        open("/appeals/analytics?from=0000-13-45&to=-0001-01-01&lang=en");
        assertThat(find("#from-error").getText()).isEqualTo("A date as YYYY-MM-DD");
        assertThat(find("#to-error").getText()).isEqualTo("A date as YYYY-MM-DD");
    }

    @Test
    void aHeadSeesOnlyTheirBodysAppealsWithTheOverdueOnesByNumber() throws Exception {
        var body = "SUV.1735." + QONGIROT;
        var head = citizens.appointedTo(body, Processing.HEAD).login();
        var late = file("water", QONGIROT, 43.05, 58.85, "Qoʻngʻirot tumanida ichimlik suvi haftada bir marta "
                + "keladi, idishlarda tashiyapmiz.");
        var answered = file("water", QONGIROT, 43.07, 58.91, "Maktab yonidagi suv quvuri yorilgan, koʻchani suv "
                + "bosgan.");
        var other = file("gas", QONGIROT, 43.06, 58.88, "Mahallamizda uch kundan beri gaz yoʻq, bolalar sovuqda.");
        jdbc.update("update appeals.appeal set due = ? where number = ?",
                LocalDate.now(ZoneId.of("Asia/Tashkent")).minusDays(4), late);
        // answered the day it came and rated 4 by the applicant
        jdbc.update("update appeals.appeal set status = 'ANSWERED', answered_at = (registered_on + time '12:00') "
                + "at time zone 'Asia/Tashkent' where number = ?", answered);
        jdbc.update("insert into appeals.rating (number, score, rated_at) values (?, 4, now())", answered);

        open("/login");
        find("#username").sendKeys(head.pinflValue());
        find("#password").sendKeys(head.password());
        navigate(find("main form button[type=submit]"));
        find("#code").sendKeys(TotpCodes.code(head.totpSecret(), 0));
        navigate(find("main form button[type=submit]"));

        open("/office/appeals/analytics?lang=en");
        assertThat(find("h1").getText()).isEqualTo("My bodies' appeals in figures");
        assertThat(find("#total-filed").getText()).isEqualTo("2");
        assertThat(find("#total-overdue").getText()).isEqualTo("1");
        assertThat(find("#total-answered").getText()).isEqualTo("1");
        assertThat(find("#total-days").getText()).isEqualTo("0");
        assertThat(find("#total-satisfaction").getText()).startsWith("4").contains("(1 rated)");
        assertThat(findAll("#by-topic tbody tr")).hasSize(1);
        assertThat(find("#by-topic tr[data-key='water'] .filed").getText()).isEqualTo("2");
        assertThat(findAll("#by-topic tr[data-key='gas']")).isEmpty();
        assertThat(find("#by-district tr[data-key='" + QONGIROT + "'] .filed").getText()).isEqualTo("2");
        assertThat(find("#map g.spot[data-district='" + QONGIROT + "'] .count").getText()).isEqualTo("2");
        assertThat(find("#late-" + late + " .days-late").getText()).isEqualTo("4");
        assertThat(findAll("#late tbody tr")).hasSize(1);
        assertThat(find("#main").getText()).doesNotContain(other);
        assertThat(Accessibility.blocking(browser)).as("head's dashboard").isEmpty();
        open("/office/appeals/analytics?lang=uz-Latn");
        assertThat(Accessibility.blocking(browser)).as("head's dashboard in uz-Latn").isEmpty();

        // the public sees both bodies' appeals of the district
        open("/appeals/analytics?lang=en");
        assertThat(find("#by-district tr[data-key='" + QONGIROT + "'] .filed").getText()).isEqualTo("3");
        assertThat(findAll("#late")).isEmpty();

        var citizen = new WebSession(port, "en");
        citizen.signIn(citizens.withAccount().value(), TestCitizens.PASSWORD);
        assertThat(citizen.get("/office/appeals/analytics").statusCode()).isEqualTo(403);
    }

    private long figure(String selector) {
        var found = findAll(selector);
        return found.isEmpty() ? 0 : Long.parseLong(found.getFirst().getText());
    }

    private String file(String service, String district, Double lat, Double lon, String description)
            throws Exception {
        var form = "api_key=yagona-open311-demo&service_code=" + service + "&attribute%5Bdistrict%5D=" + district
                + (lat == null ? "" : "&lat=" + lat + "&long=" + lon)
                + "&first_name=Aziza&last_name=Qodirova&phone=%2B99890" + "%07d".formatted(PHONES.incrementAndGet())
                + "&description=" + URLEncoder.encode(description, StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get(0).get("service_request_id").asString();
    }
}
