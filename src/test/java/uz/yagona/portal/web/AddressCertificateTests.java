package uz.yagona.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;
import uz.yagona.exchange.RegistryPeople;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.Soato;

/**
 * Once-only over real HTTP: with consent the certificate form shows what the registries hold, read-only, and
 * has no input for any of it; the exchange logs the prefill. Without consent the form asks for everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AddressCertificateTests {

    private static final Pattern INPUT_NAME = Pattern.compile("<input[^>]*name=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    RegistryPeople people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Divisions divisions;

    @Test
    void withConsentTheFormShowsTheRegistriesDataReadOnlyAndAsksOnlyWhatTheyDoNotHold() {
        var pinfl = citizens.withAccount();
        var loaded = people.resident(pinfl);
        var browser = signedIn(pinfl.value());

        assertThat(browser.get("/services/address-certificate").body()).contains("name=\"consent\"");
        var page = browser.post("/services/address-certificate/form", form("consent", "on"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Karimov Jasur Anvarovich", pinfl.value(), pinfl.birthDate().toString(),
                "Amir Temur koʻchasi 12, 34", loaded.passportText(), "From the state registries");
        assertThat(inputs(page.body())).containsExactlyInAnyOrder("reference", "purpose");

        var reference = Pattern.compile("name=\"reference\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(reference.find()).isTrue();
        var logged = jdbc.queryForMap("select agency, purpose, service, outcome, case_reference, legal_basis "
                + "from exchange.access_log where subject = ? order by seq desc limit 1", pinfl.value());
        assertThat(logged).containsEntry("agency", "MDT").containsEntry("purpose", "SELF")
                .containsEntry("service", "population.person").containsEntry("outcome", "SERVED")
                .containsEntry("case_reference", reference.group(1));

        var missingPurpose = browser.post("/services/address-certificate", form("reference", reference.group(1)));
        assertThat(missingPurpose.body()).contains("purpose-error", "Please fill in this field.");
        var accepted = browser.post("/services/address-certificate",
                form("reference", reference.group(1), "purpose", "Notary office"));
        assertThat(accepted.body()).contains("Application accepted", reference.group(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            uz-Cyrl | Каримов Жасур Анварович | Боғишамол, Амир Темур кўчаси 12, 34
            ru      | Каримов Жасур Анварович | Боғишамол, Амир Темур кўчаси 12, 34
            uz-Latn | Karimov Jasur Anvarovich | Bogʻishamol, Amir Temur koʻchasi 12, 34
            en      | Karimov Jasur Anvarovich | Bogʻishamol, Amir Temur koʻchasi 12, 34
            """)
    void thePrefilledAddressIsInThePagesScriptWithTheDistrictNamedInItsLanguage(String language, String name,
            String address) {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var browser = new WebSession(port, language);
        browser.signIn(pinfl.value(), TestCitizens.PASSWORD);
        browser.get("/services/address-certificate");
        var page = browser.post("/services/address-certificate/form", form("consent", "on"));

        assertThat(page.statusCode()).isEqualTo(200);
        var district = divisions.district(Soato.ofDistrict("1726266")).orElseThrow().name()
                .in(Locale.forLanguageTag(language));
        assertThat(page.body()).contains(name, district + ", " + address).doesNotContain("1726266");
    }

    @Test
    void withoutConsentTheFormAsksForEverythingAndNothingIsAsked() {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var browser = signedIn(pinfl.value());
        browser.get("/services/address-certificate");
        var page = browser.post("/services/address-certificate/form", form());

        assertThat(inputs(page.body())).contains("lastName", "firstName", "pinfl", "birthDate", "street", "house",
                "passport", "purpose");
        assertThat(page.body()).doesNotContain("Karimov");
        assertThat(jdbc.queryForObject("select count(*) from exchange.access_log where subject = ?", Long.class,
                pinfl.value())).isZero();

        var invalid = browser.post("/services/address-certificate", form("reference",
                reference(page.body()), "pinfl", "12345", "purpose", "Bank"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("pinfl-error", "lastName-error");
    }

    @Test
    void aPersonTheRegistriesDoNotKnowFillsTheFormThemselves() {
        var pinfl = citizens.withAccount();
        var browser = signedIn(pinfl.value());
        browser.get("/services/address-certificate");
        var page = browser.post("/services/address-certificate/form", form("consent", "on"));
        assertThat(page.body()).contains("The registries hold no data about you");
        assertThat(inputs(page.body())).contains("lastName", "pinfl", "passport");
        assertThat(jdbc.queryForObject("select outcome from exchange.access_log where subject = ? order by seq desc "
                + "limit 1", String.class, pinfl.value())).isEqualTo("NOT_FOUND");
    }

    private WebSession signedIn(String pinfl) {
        var browser = new WebSession(port, "en");
        browser.signIn(pinfl, TestCitizens.PASSWORD);
        return browser;
    }

    private static java.util.List<String> inputs(String html) {
        return INPUT_NAME.matcher(html).results().map(match -> match.group(1))
                .filter(name -> !name.equals("_csrf")).toList();
    }

    private static String reference(String html) {
        var matcher = Pattern.compile("name=\"reference\" value=\"([^\"]+)\"").matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }
}
