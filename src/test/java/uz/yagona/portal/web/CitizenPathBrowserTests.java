package uz.yagona.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.exchange.RegistryPeople;
import uz.yagona.portal.TestOfficers;
import uz.yagona.identity.TestCitizens;
import uz.yagona.signature.Signatures;

/**
 * The citizen's path in a real browser, in Uzbek Cyrillic: search the catalog for a birth certificate, apply with
 * the form the registries fill, pay the fee on the sandbox bank's card page, and, once an officer has approved,
 * download the signed certificate from the cabinet and rate the service. axe-core checks the catalog, the form and
 * the cabinet on the way.
 */
class CitizenPathBrowserTests extends BrowserTest {

    static final String DUPLICATE = "civil.repeat-certificate";

    @Autowired
    TestCitizens citizens;

    @Autowired
    RegistryPeople people;

    @Autowired
    Signatures signatures;

    @Autowired
    TestOfficers office;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFindsAppliesPaysDownloadsAndRates() throws Exception {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);

        open("/services?lang=uz-Cyrl");
        find("#q").sendKeys("туғилганлик гувоҳномаси йўқолган");
        navigate(find("form[role=search] button[type=submit]"));
        var results = findAll("main ol.services > li > a");
        assertThat(results.stream().limit(3).map(a -> a.getDomAttribute("href")))
                .anySatisfy(href -> assertThat(href).endsWith("/services/" + DUPLICATE));
        assertThat(Accessibility.blocking(browser)).as("the catalog's results").isEmpty();
        navigate(results.stream().filter(a -> a.getDomAttribute("href").endsWith(DUPLICATE)).findFirst()
                .orElseThrow());

        assertThat(find("h1").getText()).isEqualTo("ФҲДЁ гувоҳномасини такроран олиш");
        assertThat(Accessibility.blocking(browser)).as("the service page").isEmpty();
        navigate(find("a[href$='/services/" + DUPLICATE + "/apply']"));

        // applying needs the national ID: the sign-in page, then back to the service
        find("#username").sendKeys(pinfl.value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        navigate(find("main form button[type=submit]"));
        assertThat(find("#consent").isSelected()).isTrue();
        navigate(find("main form button[type=submit]"));

        assertThat(find("main").getText()).contains("Каримов Жасур Анварович", pinfl.value());
        assertThat(findAll("input[name=lastName], input[name=pinfl]")).as("nothing the registries hold is asked")
                .isEmpty();
        assertThat(Accessibility.blocking(browser)).as("the prefilled form").isEmpty();
        new Select(find("#f-certificateKind")).selectByValue("BIRTH");
        navigate(find("main form button[type=submit]"));

        var address = URI.create(browser.getCurrentUrl()).getPath();
        assertThat(address).as(find("main").getText()).matches("/cabinet/applications/ARZ-\\d{4}-\\d+");
        var number = address.substring(address.lastIndexOf('/') + 1);
        assertThat(Accessibility.blocking(browser)).as("the application in the cabinet").isEmpty();
        navigate(find("#pay-link"));
        find("#card").sendKeys("4242 4242 4242 4242");
        navigate(find("main form button[type=submit]"));
        assertThat(find("#invoice-status").getText()).isEqualTo("Тўланган");
        await(() -> "SUBMITTED".equals(status(number)));

        approveAsOfficerOfMoj(number);

        navigate(find("#return-link"));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(address);
        assertThat(find("#status").getText()).isEqualTo("Натижа берилди");
        var link = find("#result-link");
        var pdf = download(link.getDomAttribute("href"));
        assertThat(signatures.verifyPdf(pdf).valid()).isTrue();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(number, find("#result-number").getText());
        }

        find("label[for=score-5]").click();
        find("#comment").sendKeys("Тез ва қулай");
        navigate(find("form[action$='/rating'] button[type=submit]"));
        assertThat(find("#rated").getText()).contains("5");
        open("/cabinet/applications");
        assertThat(find("main").getText()).contains(number);
        assertThat(Accessibility.blocking(browser)).as("my applications").isEmpty();
    }

    private void approveAsOfficerOfMoj(String number) {
        var officer = office.signedIn(port, "MOJ");
        officer.session().post("/office/applications/" + number + "/take", form());
        var approved = officer.session().post("/office/applications/" + number + "/approve",
                form("keySerial", officer.keySerial(), "pin", TestOfficers.PIN));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
        assertThat(status(number)).isEqualTo("ISSUED");
    }

    /** Downloads with the browser's session, as the browser's own download would. */
    private byte[] download(String path) throws Exception {
        var cookies = String.join("; ", browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            return response.body();
        }
    }

    private String status(String number) {
        return jdbc.queryForObject("select status from portal.applications where number = ?", String.class, number);
    }

    private void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
