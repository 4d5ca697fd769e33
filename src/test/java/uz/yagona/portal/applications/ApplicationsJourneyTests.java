package uz.yagona.portal.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.identity.WebSession.form;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.Multipart;
import uz.yagona.documents.DocumentId;
import uz.yagona.documents.Documents;
import uz.yagona.documents.Reader;
import uz.yagona.exchange.RegistryPeople;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.WebSession;
import uz.yagona.licensing.Licences;
import uz.yagona.portal.TestOfficers;
import uz.yagona.signature.Signatures;

/**
 * The whole path over real HTTP through the pages: a citizen applies with a prefilled, signed form, pays the fee
 * in the sandbox bank, an officer of the agency decides, the signed result is in the cabinet, and the citizen's
 * rating shows in the public figures. Every bad input on the way is refused in the page and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationsJourneyTests {

    static final Pattern NUMBER = Pattern.compile("name=\"number\" value=\"(ARZ-[0-9]{4}-[0-9]+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern PAY = Pattern.compile("/payments/sandbox/([0-9a-f-]{36})");
    static final String CITIZEN_PIN = "123456";
    static final String OFFICER_PIN = TestOfficers.PIN;
    static final String BIRTH = "civil.birth-certificate";
    static final String PHARMACY = "business.licence-pharmacy";
    static final String DEBT = "tax.debt-certificate";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    TestOfficers office;

    @Autowired
    RegistryPeople people;

    @Autowired
    Signatures signatures;

    @Autowired
    Documents documents;

    @Autowired
    Licences licences;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFindsTheBirthCertificateAppliesWithAPrefilledSignedFormAndRatesTheSignedResult() throws Exception {
        var found = new WebSession(port).get("/api/v1/services?lang=uz-Cyrl&limit=3&q="
                + URLEncoder.encode("туғилганлик гувоҳномаси", StandardCharsets.UTF_8));
        assertThat(found.body()).startsWith("[{\"code\":\"" + BIRTH + "\"");

        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var key = signatures.enrol(pinfl, CITIZEN_PIN, "PERSON");
        var citizen = new WebSession(port, "en");
        citizen.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var consent = citizen.get("/services/" + BIRTH + "/apply");
        assertThat(consent.body()).contains("name=\"consent\"", "Registered address");
        var page = citizen.post("/services/" + BIRTH + "/apply/form", form("consent", "on"));
        assertThat(page.body()).contains("From the state registries", "Karimov Jasur Anvarovich", pinfl.value(),
                "Amir Temur koʻchasi 12, 34", "name=\"childName\"", "name=\"medicalCertificate\"");
        assertThat(page.body()).doesNotContain("name=\"name\"", "name=\"address\"", "name=\"pinfl\"");
        var number = group(NUMBER, page.body());
        assertThat(jdbc.queryForObject("select count(*) from exchange.access_log where subject = ? and purpose = "
                + "'SELF' and case_reference = ? and outcome = 'SERVED'", Long.class, pinfl.value(), number))
                .isGreaterThanOrEqualTo(1);

        var answers = new LinkedHashMap<String, Object>(Map.of("number", number, "birthDate", "2026-11-20",
                "childSex", "F", "keySerial", key.serial(), "pin", CITIZEN_PIN,
                "medicalCertificate", new Multipart.File("spravka.txt", "not a scan".getBytes())));
        var missing = submit(citizen, page.body(), BIRTH, answers, "en");
        assertThat(missing.body()).contains("childName-error", "Please fill in this field.",
                "medicalCertificate-error", "This type of file is not accepted");
        answers.put("childName", "Malika");
        answers.put("medicalCertificate", new Multipart.File("spravka.pdf", PDF));
        answers.put("pin", "000000");
        var wrongPin = submit(citizen, missing.body(), BIRTH, answers, "en");
        assertThat(wrongPin.body()).contains("pin-error");
        assertThat(stored(number)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from documents.documents where subject_pinfl = ?", Long.class,
                pinfl.value())).isZero();

        answers.put("pin", CITIZEN_PIN);
        var submitted = submit(citizen, wrongPin.body(), BIRTH, answers, "en");
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow())
                .endsWith("/cabinet/applications/" + number + "?submitted");
        assertThat(status(number)).isEqualTo("SUBMITTED");
        var detail = citizen.get("/cabinet/applications/" + number);
        assertThat(detail.body()).contains("Submitted", "Malika", "Girl", "Karimov Jasur Anvarovich", "days-left");
        assertThat(citizen.get("/cabinet/applications").body()).contains(number, "Birth certificate");

        var officer = officerOf("MOJ");
        assertThat(officer.session().get("/office/queue").body()).contains(number, "Birth certificate");
        assertThat(officer.session().get("/office/queue?service=" + BIRTH).body()).contains(number);
        assertThat(officer.session().get("/office/queue?service=civil.name-change").body()).doesNotContain(number);
        var review = officer.session().get("/office/applications/" + number);
        assertThat(review.body()).contains("The signature is valid", "Malika", "spravka.pdf");
        var noReason = officer.session().post("/office/applications/" + number + "/reject", form("reason", " "));
        assertThat(noReason.body()).contains("reason-error", "Please fill in this field.");
        var wrongOfficerPin = officer.session().post("/office/applications/" + number + "/approve",
                form("keySerial", officer.keySerial(), "pin", "111111"));
        assertThat(wrongOfficerPin.body()).contains("pin-error");
        assertThat(status(number)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from documents.documents where subject_pinfl = ? and kind = "
                + "'application-result'", Long.class, pinfl.value())).isZero();

        var personal = signatures.enrol(officer.pinfl(), OFFICER_PIN, "PERSON");
        var personalKey = officer.session().post("/office/applications/" + number + "/approve",
                form("keySerial", personal.serial(), "pin", OFFICER_PIN));
        assertThat(personalKey.body()).contains("keySerial-error", "only with the key of your appointment");
        officer.session().post("/office/applications/" + number + "/take", form());
        assertThat(status(number)).isEqualTo("IN_REVIEW");
        var approved = officer.session().post("/office/applications/" + number + "/approve",
                form("keySerial", officer.keySerial(), "pin", OFFICER_PIN));
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(status(number)).isEqualTo("ISSUED");

        var issued = citizen.get("/cabinet/applications/" + number);
        assertThat(issued.body()).contains("Result issued", "result-link", "MOJ");
        var document = jdbc.queryForObject("select result_document from portal.applications where number = ?",
                UUID.class, number);
        var result = download(citizen, "/cabinet/applications/" + number + "/result");
        assertThat(result.statusCode()).isEqualTo(200);
        var content = documents.read(new DocumentId(document), new Reader.Person(pinfl));
        assertThat(result.body()).isEqualTo(content.content());
        assertThat(result.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        var report = signatures.verifyPdf(result.body());
        assertThat(report.valid()).as("%s", report).isTrue();
        assertThat(report.signers().getFirst().pinfl()).isEqualTo(officer.pinfl().value());
        try (var pdf = Loader.loadPDF(result.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(content.registrationNumber(), number, "Malika",
                    "Testova Nigora", pinfl.value(), "Birth certificate");
        }
        var outOfRange = citizen.post("/cabinet/applications/" + number + "/rating", form("score", "6"));
        assertThat(outOfRange.body()).contains("score-error", "whole number from 1 to 5");
        var rated = citizen.post("/cabinet/applications/" + number + "/rating",
                form("score", "5", "comment", "Tez va qulay"));
        assertThat(rated.statusCode()).isEqualTo(302);
        citizen.get("/cabinet/applications/" + number);
        var twice = citizen.post("/cabinet/applications/" + number + "/rating", form("score", "1"));
        assertThat(twice.body()).contains("already been rated");
        assertThat(jdbc.queryForObject("select score from portal.ratings where number = ?", Integer.class, number))
                .isEqualTo(5);

        var figures = new WebSession(port).get("/api/v1/services/ratings");
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains("\"code\":\"" + BIRTH + "\"", "\"code\":\"MOJ\"");
        var publicPage = new WebSession(port).get("/services/ratings");
        assertThat(publicPage.body()).contains("Birth certificate").doesNotContain("Tez va qulay");
        assertThat(officer.session().get("/office/ratings").body()).contains("Tez va qulay", number);
    }

    @Test
    void aPharmacyLicenceIsApprovedOnlyOnceItsFeeIsPaidAndIssuesTheLicence() throws Exception {
        var pinfl = citizens.withAccount();
        var key = signatures.enrol(pinfl, CITIZEN_PIN, "PERSON");
        var citizen = new WebSession(port, "ru");
        citizen.signIn(pinfl.value(), TestCitizens.PASSWORD);
        citizen.get("/services/" + PHARMACY + "/apply");
        var page = citizen.post("/services/" + PHARMACY + "/apply/form", form());
        assertThat(page.body()).contains("type=\"file\"", "accept=\"application/pdf\"",
                "name=\"declared.PERSON\"", "name=\"declared.REAL_ESTATE\"");
        var number = group(NUMBER, page.body());

        var answers = new LinkedHashMap<String, Object>(Map.of("number", number,
                "premisesAddress", "Toshkent, Chilonzor 5", "keySerial", key.serial(), "pin", CITIZEN_PIN,
                "pharmacistDiploma", new Multipart.File("diploma.exe", new byte[] {0x4d, 0x5a, 0, 1, (byte) 0xff})));
        var refused = submit(citizen, page.body(), PHARMACY, answers, "ru");
        assertThat(refused.body()).contains("pharmacistDiploma-error", "Файл такого типа не принимается",
                "declared.PERSON-error", "Заполните, пожалуйста, это поле.");
        assertThat(stored(number)).isZero();

        answers.put("pharmacistDiploma", new Multipart.File("diploma.pdf", PDF));
        answers.put("declared.PERSON", "Testova Nigora Aziz qizi");
        answers.put("declared.REAL_ESTATE", "Toshkent, Chilonzor 5 (ijara)");
        var submitted = submit(citizen, refused.body(), PHARMACY, answers, "ru");
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(status(number)).isEqualTo("AWAITING_PAYMENT");
        var detail = citizen.get("/cabinet/applications/" + number);
        assertThat(detail.body()).contains("Ожидает оплаты", "2\u00A0060\u00A0000,00\u00A0сум");

        var officer = officerOf("MOH");
        assertThat(officer.session().get("/office/queue").body()).contains(number);
        var unpaid = officer.session().post("/office/applications/" + number + "/approve",
                form("keySerial", officer.keySerial(), "pin", OFFICER_PIN));
        assertThat(unpaid.body()).contains("decision-error", "cannot be approved until the state fee is paid");
        assertThat(status(number)).isEqualTo("AWAITING_PAYMENT");

        var invoice = group(PAY, detail.body());
        citizen.get("/payments/sandbox/" + invoice);
        var paid = citizen.post("/payments/sandbox/" + invoice, form("card", "4242 4242 4242 4242"));
        assertThat(paid.body()).contains("id=\"outcome\"");
        awaitStatus(number, "SUBMITTED");
        assertThat(citizen.get("/cabinet/applications/" + number).body()).contains("days-left",
                "Государственная пошлина оплачена");

        var review = officer.session().get("/office/applications/" + number);
        assertThat(review.body()).contains("diploma.pdf", "application/pdf", "Testova Nigora Aziz qizi");
        var file = download(officer.session(), "/office/applications/" + number + "/attachments/pharmacistDiploma");
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(officerOf("MOJ").session().get("/office/applications/" + number).statusCode()).isEqualTo(403);

        officer.session().post("/office/applications/" + number + "/approve",
                form("keySerial", officer.keySerial(), "pin", OFFICER_PIN));
        assertThat(status(number)).isEqualTo("ISSUED");
        var licence = jdbc.queryForObject("select licence_number from portal.applications where number = ?",
                String.class, number);
        assertThat(licences.find(licence)).hasValueSatisfying(issued -> {
            assertThat(issued.holderId()).isEqualTo(pinfl.value());
            assertThat(issued.typeCode()).isEqualTo("pharmacy");
        });
    }

    @Test
    void anOfficerAsksForMoreInformationAndRejectsWithAReasonTheApplicantReads() {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var citizen = new WebSession(port, "uz-Latn");
        citizen.signIn(pinfl.value(), TestCitizens.PASSWORD);
        citizen.get("/services/" + DEBT + "/apply");
        var page = citizen.post("/services/" + DEBT + "/apply/form", form("consent", "on"));
        var number = group(NUMBER, page.body());
        var submitted = submit(citizen, page.body(), DEBT, Map.of("number", number), "uz-Latn");
        assertThat(submitted.statusCode()).isEqualTo(302);

        var officer = officerOf("STC");
        var noText = officer.session().post("/office/applications/" + number + "/more-info", form("request", ""));
        assertThat(noText.body()).contains("request-error");
        officer.session().post("/office/applications/" + number + "/more-info",
                form("request", "Qaysi bank uchun?"));
        assertThat(status(number)).isEqualTo("MORE_INFO_REQUESTED");
        var asked = citizen.get("/cabinet/applications/" + number);
        assertThat(asked.body()).contains("Qaysi bank uchun?", "Qoʻshimcha maʼlumot soʻralgan");
        var tooEarly = citizen.post("/cabinet/applications/" + number + "/rating", form("score", "4"));
        assertThat(tooEarly.statusCode()).isEqualTo(200);
        assertThat(citizen.post("/cabinet/applications/" + number + "/answer", form("answer", "Xalq banki"))
                .statusCode()).isEqualTo(302);
        assertThat(status(number)).isEqualTo("IN_REVIEW");
        officer.session().post("/office/applications/" + number + "/reject", form("reason", "Qarz bor"));
        assertThat(status(number)).isEqualTo("REJECTED");
        assertThat(citizen.get("/cabinet/applications/" + number).body()).contains("Qarz bor", "Rad etildi",
                "Xalq banki");
        var late = citizen.post("/cabinet/applications/" + number + "/answer", form("answer", "Yana"));
        assertThat(late.body()).contains("page-error", "Ariza " + number + " hozirgi holatida");
        var closed = officer.session().post("/office/applications/" + number + "/take", form());
        assertThat(closed.body()).contains("decision-error", "Application " + number + " cannot do this");
        assertThat(status(number)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from notifications.notice n join identity.person p "
                + "on p.id = n.person_id where p.pinfl = ? and n.template = 'applicationRejected'", Long.class,
                pinfl.value())).isEqualTo(1);
    }

    @Test
    void theFormIsInUzbekCyrillicWithTheRegistriesFactsInCyrillicAndItsErrorsToo() {
        var pinfl = citizens.withAccount();
        people.resident(pinfl);
        var citizen = new WebSession(port, "uz-Cyrl");
        citizen.signIn(pinfl.value(), TestCitizens.PASSWORD);
        assertThat(citizen.get("/services/" + BIRTH + "/apply").body()).contains("Маълумотларимни реестрлардан олишга");
        var page = citizen.post("/services/" + BIRTH + "/apply/form", form("consent", "on"));
        assertThat(page.body()).contains("Давлат реестрларидан", "Каримов Жасур Анварович", "Туғилганлик ҳақида");
        var invalid = submit(citizen, page.body(), BIRTH, Map.of("number", group(NUMBER, page.body()),
                "birthDate", "20.11.2026"), "uz-Cyrl");
        assertThat(invalid.body()).contains("birthDate-error", "Санани ЙЙЙЙ-ОО-КК кўринишида киритинг.",
                "childName-error", "Илтимос, бу майдонни тўлдиринг.");
        assertThat(citizen.get("/cabinet/applications").body()).contains("Ҳозирча аризалар йўқ.");
    }

    private TestOfficers.Officer officerOf(String code) {
        return office.signedIn(port, code);
    }

    private HttpResponse<String> submit(WebSession session, String formPage, String code, Map<String, ?> fields,
            String language) {
        var parts = new LinkedHashMap<String, Object>(fields);
        parts.put("_csrf", group(CSRF, formPage));
        return send(session, "/services/" + code + "/apply", Multipart.of(parts), language);
    }

    private HttpResponse<String> send(WebSession session, String path, Multipart body, String language) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(session.base() + path))
                    .header("Content-Type", body.contentType()).header("Cookie", "SESSION=" + session.cookie("SESSION"))
                    .header("Accept-Language", language).POST(body.publisher()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> download(WebSession session, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(session.base() + path))
                .header("Cookie", "SESSION=" + session.cookie("SESSION")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long stored(String number) {
        return jdbc.queryForObject("select count(*) from portal.applications where number = ?", Long.class, number);
    }

    private String status(String number) {
        return jdbc.queryForObject("select status from portal.applications where number = ?", String.class, number);
    }

    private void awaitStatus(String number, String expected) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!expected.equals(status(number)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(status(number)).isEqualTo(expected);
    }

    private static String group(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
