package uz.yagona.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.WebSession;
import uz.yagona.identity.internal.Clients;
import uz.yagona.shared.Pinfl;

/** "Who looked at my data" in the cabinet over real HTTP, in every language, without hidden investigations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DataAccessPageTests {

    @LocalServerPort
    int port;

    @Autowired
    Exchange exchange;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Persons persons;

    @Autowired
    RegistryPeople people;

    @Autowired
    Clients clients;

    @Test
    void thePersonSeesWhichAgencyAskedWhatWhenAndWhyButNotAHiddenInvestigation() {
        var pinfl = lookedAt();
        var browser = new WebSession(port, "en");
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);

        assertThat(browser.get("/cabinet").body()).contains("href=\"/cabinet/data-access\"");
        var page = browser.get("/cabinet/data-access");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Who looked at my data", "MBB.1726.1726266",
                "Enforcement of a court decision", "Bank accounts", "Writ of execution 2-77/2026", "IJ-2026-0077",
                "answered", "Tax administration", "refused")
                .doesNotContain("JI-SECRET-1", "Criminal investigation");
    }

    @ParameterizedTest
    @CsvSource({"uz-Latn, Maʼlumotlarimni kim koʻrdi, Sud qarorini ijro etish",
        "uz-Cyrl, Маълумотларимни ким кўрди, Суд қарорини ижро этиш",
        "ru, Кто смотрел мои данные, Исполнение судебного решения",
        "en, Who looked at my data, Enforcement of a court decision"})
    void thePageSpeaksEachLanguage(String language, String title, String purpose) {
        var pinfl = lookedAt();
        var browser = new WebSession(port, language);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        assertThat(browser.get("/cabinet/data-access").body()).contains(title, purpose);
    }

    @Test
    void nobodyElseCanSeeThePageWithoutSigningIn() {
        var response = new WebSession(port).get("/cabinet/data-access");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void thePersonGetsTheSameAsJsonWithTheirOwnToken() throws Exception {
        var pinfl = lookedAt();
        var token = TokenFlows.accessToken(port, clients, pinfl.value(), TestCitizens.PASSWORD, null);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/exchange/my-data-access"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var rows = JsonMapper.builder().build().readTree(response.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("agencyCode").asString()).isEqualTo("STC");
        assertThat(rows.get(1).get("caseReference").asString()).isEqualTo("IJ-2026-0077");
        assertThat(response.body()).doesNotContain("JI-SECRET-1");
    }

    /** A citizen about whom the bureau asked, the tax committee was refused and the police asked in secret. */
    private Pinfl lookedAt() {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var owner = Debtor.person(pinfl);
        exchange.accounts(owner, RequestContext.system("MBB.1726.1726266", "bureau-system", Purpose.ENFORCEMENT,
                "Writ of execution 2-77/2026", "IJ-2026-0077"));
        exchange.accounts(owner, RequestContext.system("MIA", "mia-system", Purpose.CRIMINAL_INVESTIGATION,
                "Criminal Procedure Code art. 382", "JI-SECRET-1").hiddenUntil(LocalDate.now().plusYears(1)));
        try {
            exchange.hold(owner, "00000000000000000000", uz.yagona.shared.Money.ofSoum(1),
                    RequestContext.system("STC", "tax-system", Purpose.TAX_ADMINISTRATION, "Tax Code", "T-5"));
        } catch (RequestRefused expected) {
            // the refusal is in the log, and the person sees it
        }
        return pinfl;
    }
}
