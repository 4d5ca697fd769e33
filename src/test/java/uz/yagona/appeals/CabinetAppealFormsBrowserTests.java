package uz.yagona.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.Accessibility;
import uz.yagona.BrowserTest;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Agency;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.LegalEntity;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.WebSession;
import uz.yagona.identity.internal.Clients;
import uz.yagona.shared.LocalizedText;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;
import uz.yagona.signature.Signatures;

/**
 * The applicant's forms in the cabinet, in a real browser, by the API's rules: filing with files (a wrong type is
 * told beside the field and nothing is stored), a place and an organisation; joining a collective appeal; replying
 * to the body's request with a file; rating the answer and complaining about it above. Files go only to the
 * appeal's parties; axe-core finds nothing serious on the forms in any language.
 */
class CabinetAppealFormsBrowserTests extends BrowserTest {

    private static final String[] LANGUAGES = {"uz-Latn", "uz-Cyrl", "ru", "en"};
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PIN = "482916";
    private static final AtomicInteger bodies = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
        'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

    @Autowired
    TestCitizens citizens;

    @Autowired
    Clients clients;

    @Autowired
    Agencies agencies;

    @Autowired
    Persons persons;

    @Autowired
    LegalEntities entities;

    @Autowired
    Signatures signatures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFilesWithFilesAPlaceAndForTheirOrganisationAndAWrongFileIsToldBesideTheFieldStoringNothing()
            throws Exception {
        var pinfl = citizens.withAccount();
        var stir = freshStir();
        var entity = entities.register(stir, "Obod Mahalla MChJ", "MChJ", LocalDate.of(2020, 3, 1));
        entities.addRepresentative(entity.id(), persons.findByPinfl(pinfl).orElseThrow().id(),
                LegalEntity.Role.DIRECTOR);
        signIn(pinfl);
        var pdf = file("contract.pdf", PDF);
        var png = file("photo.png", PNG);
        var text = file("notes.pdf", "just words, not a PDF".getBytes(StandardCharsets.UTF_8));
        var big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var large = file("large.pdf", big);

        open("/cabinet/appeals/new?lang=en");
        find("#kind-COMPLAINT").click();
        find("#text").sendKeys("The water main in front of our office at 5 Navoi street has leaked for a week and "
                + "the road is flooded.");
        find("#entityStir option[value='" + stir.value() + "']").click();
        find("#latitude").sendKeys("41,3111");
        find("#longitude").sendKeys("east");
        find("#attachments").sendKeys(pdf + "\n" + text + "\n" + large);
        navigate(find("#appeal-form button[type=submit]"));
        assertThat(find("#attachments-error").getText()).contains("notes.pdf: Only PDF, JPEG or PNG files",
                "large.pdf: A file may be at most 5 MB").doesNotContain("contract.pdf");
        assertThat(find("#longitude-error").getText()).isEqualTo("Latitude and longitude are numbers, such as 41.3111");
        assertThat(find("#text").getDomProperty("value")).startsWith("The water main");
        assertThat(find("#latitude").getDomProperty("value")).isEqualTo("41,3111");
        assertThat(Accessibility.blocking(browser)).as("form with file errors").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where applicant_pinfl = ?", Long.class,
                pinfl.value())).isZero();

        find("#longitude").clear();
        find("#longitude").sendKeys("69.2797");
        find("#attachments").sendKeys(pdf + "\n" + png);
        navigate(find("#appeal-form button[type=submit]"));
        var number = find("h1").getText().replace("Appeal ", "");
        assertThat(number).matches("MUR-20[0-9]{2}-[0-9]{7}");
        assertThat(find("#entity").getText()).contains("Obod Mahalla MChJ", stir.value());
        assertThat(find("#point").getText()).isEqualTo("41.3111, 69.2797");
        assertThat(find("#file-1").getText()).isEqualTo("contract.pdf");
        assertThat(find("#file-2").getText()).isEqualTo("photo.png");
        assertThat(jdbc.queryForObject("select count(*) from appeals.attachment where number = ?", Long.class,
                number)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where applicant_pinfl = ?", Long.class,
                pinfl.value())).isOne();
        assertThat(Accessibility.blocking(browser)).as("appeal with files").isEmpty();

        var mine = new WebSession(port, "en");
        mine.signIn(pinfl.value(), TestCitizens.PASSWORD);
        var download = download(mine, "/cabinet/appeals/" + number + "/attachments/2");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
                "photo.png");
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download(mine, "/cabinet/appeals/" + number + "/attachments/3").statusCode()).isEqualTo(404);

        var stranger = new WebSession(port, "en");
        stranger.signIn(citizens.withAccount().value(), TestCitizens.PASSWORD);
        assertThat(stranger.get("/cabinet/appeals/" + number).statusCode()).isEqualTo(404);
        assertThat(download(stranger, "/cabinet/appeals/" + number + "/attachments/1").statusCode()).isEqualTo(404);
    }

    @Test
    void aSecondCitizenJoinsTheApplicantRepliesWithAFileRatesTheAnswerAndComplainsAboveInEveryLanguage()
            throws Exception {
        var body = bodies();
        var applicant = citizens.withAccount();
        var applicantToken = token(applicant.value(), TestCitizens.PASSWORD, null);
        var filed = api(applicantToken, "/api/v1/appeals", """
                {"kind":"APPLICATION","text":"Mahallamizdagi bolalar maydonchasi buzilgan, argʻimchoqlar sinib \
                ketgan, bolalar jarohatlanishi mumkin. Taʼmirlashni soʻraymiz."}""");
        assertThat(filed.statusCode()).isEqualTo(201);
        var number = JSON.readTree(filed.body()).get("number").asString();
        assertThat(api(body.dispatcherToken(), "/api/v1/appeals/dispatch/" + number,
                "{\"topic\":\"housing-utilities\",\"agency\":\"%s\"}".formatted(body.district())).statusCode())
                .isEqualTo(200);

        var neighbour = citizens.withAccount();
        signIn(neighbour);
        for (var lang : LANGUAGES) {
            open("/cabinet/appeals/join?lang=" + lang);
            assertThat(Accessibility.blocking(browser)).as("join form in %s", lang).isEmpty();
        }
        open("/cabinet/appeals?lang=ru");
        find("#number").sendKeys("MUR-1999-0000000");
        navigate(find("#join-form button[type=submit]"));
        assertThat(find("#number-error").getText()).isEqualTo("У вас нет обращения с таким номером");
        assertThat(Accessibility.blocking(browser)).as("join form with an error").isEmpty();
        find("#number").clear();
        find("#number").sendKeys(number.toLowerCase());
        navigate(find("#join-form button[type=submit]"));
        assertThat(find("#notice").getText()).isEqualTo("Вы присоединились к обращению как соавтор.");
        assertThat(find("#co-applicants").getText()).isNotBlank();
        assertThat(findAll("#reply-form, #rate-form, #complaint-form")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from appeals.co_applicant where number = ?", Long.class,
                number)).isOne();

        var question = "Qaysi mahalla va qaysi koʻcha? Aniq manzilni yozing.";
        assertThat(api(body.districtToken(), "/api/v1/appeals/office/" + number + "/info-request",
                "{\"question\":\"%s\"}".formatted(question)).statusCode()).isEqualTo(200);
        open("/cabinet/appeals/" + number + "?lang=en");
        assertThat(findAll("#reply-form")).as("only the applicant replies").isEmpty();
        assertThat(find("ol.steps").getText()).contains("More information requested: " + question);

        restartBrowserPreferring("uz");
        signIn(applicant);
        open("/cabinet/appeals/" + number + "?lang=uz-Cyrl");
        assertThat(find("#question").getText()).isEqualTo(question);
        assertThat(find("#share").getText()).contains(number);
        find("#attachment").sendKeys(file("scan.png", "PNG? no".getBytes(StandardCharsets.UTF_8)).toString());
        navigate(find("#reply-form button[type=submit]"));
        assertThat(find("#reply-error").getText()).isEqualTo("Бу майдонни тўлдиринг");
        assertThat(find("#attachment-error").getText()).isEqualTo("Фақат PDF, JPEG ёки PNG файл бириктириш мумкин");
        assertThat(Accessibility.blocking(browser)).as("reply form with errors").isEmpty();
        assertThat(jdbc.queryForObject("select status from appeals.appeal where number = ?", String.class, number))
                .isEqualTo("INFO_REQUESTED");
        find("#reply").sendKeys("Bogʻbon mahallasi, Istiqlol koʻchasi 14-uy qarshisidagi maydoncha.");
        find("#attachment").sendKeys(file("place.png", PNG).toString());
        navigate(find("#reply-form button[type=submit]"));
        assertThat(find("#notice").getText()).isEqualTo("Жавобингиз юборилди: мурожаат яна кўриб чиқилмоқда.");
        assertThat(find("#file-1").getText()).isEqualTo("place.png");
        assertThat(findAll("#reply-form")).isEmpty();

        var answer = "Maydoncha 10-dekabrgacha taʼmirlanadi, argʻimchoqlar almashtiriladi.";
        assertThat(api(body.districtToken(), "/api/v1/appeals/office/" + number + "/answer",
                "{\"answer\":\"%s\",\"keySerial\":\"%s\",\"pin\":\"%s\"}".formatted(answer, body.keySerial(), PIN))
                .statusCode()).isEqualTo(200);
        for (var lang : LANGUAGES) {
            open("/cabinet/appeals/" + number + "?lang=" + lang);
            assertThat(find("#rate-form")).isNotNull();
            assertThat(find("#complaint-form")).isNotNull();
            assertThat(Accessibility.blocking(browser)).as("rating and complaint forms in %s", lang).isEmpty();
        }

        open("/cabinet/appeals/" + number + "?lang=en");
        find("#comment").sendKeys("Slow");
        navigate(find("#rate-form button[type=submit]"));
        assertThat(find("#score-error").getText()).isEqualTo("The score is a whole number from 1 to 5");
        assertThat(find("#comment").getDomProperty("value")).isEqualTo("Slow");
        find("#score-4").click();
        navigate(find("#rate-form button[type=submit]"));
        assertThat(find("#notice").getText()).isEqualTo("Thank you: your rating was saved.");
        assertThat(find("#rating").getText()).isEqualTo("Your rating: 4 of 5 — Slow");
        assertThat(findAll("#rate-form")).isEmpty();

        navigate(find("#complaint-form button[type=submit]"));
        assertThat(find("#complaint-error").getText()).isEqualTo("Write the text of the appeal");
        assertThat(Accessibility.blocking(browser)).as("complaint form with an error").isEmpty();
        find("#complaint").sendKeys("The playground was not repaired by the 10th of December, nothing was done.");
        navigate(find("#complaint-form button[type=submit]"));
        var complaint = find("h1").getText().replace("Appeal ", "");
        assertThat(complaint).isNotEqualTo(number).matches("MUR-20[0-9]{2}-[0-9]{7}");
        assertThat(find("#notice").getText()).contains(number, "superior body");
        assertThat(find("#agency").getText()).isEqualTo(body.ministry());
        open("/cabinet/appeals/" + number + "?lang=en");
        assertThat(find("ol.steps").getText()).contains("You replied: Bogʻbon mahallasi", "Answered",
                "Answer rated: 4", "Complaint about the answer sent to the superior body: " + complaint);

        var neighbourSession = new WebSession(port, "en");
        neighbourSession.signIn(neighbour.value(), TestCitizens.PASSWORD);
        assertThat(download(neighbourSession, "/cabinet/appeals/" + number + "/attachments/1").body()).isEqualTo(PNG);
        var stranger = new WebSession(port, "en");
        stranger.signIn(citizens.withAccount().value(), TestCitizens.PASSWORD);
        assertThat(stranger.get("/cabinet/appeals/" + number).statusCode()).isEqualTo(404);
        stranger.get("/cabinet/appeals/new");
        assertThat(stranger.post("/cabinet/appeals/" + number + "/complaint",
                WebSession.form("complaint", "I complain about somebody else's answer.")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from appeals.appeal where earlier = ?", Long.class, number))
                .isOne();
    }

    /** A ministry with a district office whose official signs, and a dispatcher. */
    record Bodies(String ministry, String district, String districtToken, String keySerial,
            String dispatcherToken) {
    }

    private Bodies bodies() throws Exception {
        var code = "AF" + letters(bodies.incrementAndGet());
        var ministry = agencies.create(code, null, Agency.Level.MINISTRY,
                LocalizedText.transliterated("Sinov vazirligi", "Тестовое министерство", "Test ministry"), null);
        var district = code + ".1726266";
        agencies.create(district, ministry, Agency.Level.DISTRICT,
                LocalizedText.transliterated("Sinov boʻlimi", "Тестовый отдел", "Test office"), "1726266");
        var officer = citizens.appointedTo(district, Processing.OFFICER);
        var serial = signatures.enrol(officer.login().pinfl(), PIN, "OFFICIAL:" + officer.officer().id()).serial();
        var dispatcher = citizens.appointedTo("PVR", Processing.DISPATCHER);
        return new Bodies(code, district, token(officer.login()), serial, token(dispatcher.login()));
    }

    private static String letters(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            out.append((char) ('A' + n % 26));
            n /= 26;
        }
        return out.toString();
    }

    /** A legal entity's STIR no entity has yet: series 27, which no other test draws from. */
    private Stir freshStir() {
        for (int n = 1; ; n++) {
            var stir = new Stir("27" + "%07d".formatted(n));
            if (entities.findByStir(stir).isEmpty()) {
                return stir;
            }
        }
    }

    private void signIn(Pinfl pinfl) {
        open("/login");
        find("#username").sendKeys(pinfl.value());
        find("#password").sendKeys(TestCitizens.PASSWORD);
        navigate(find("main form button[type=submit]"));
    }

    private static Path file(String name, byte[] content) throws Exception {
        var dir = Files.createDirectories(Path.of("target", "appeal-files").toAbsolutePath());
        return Files.write(Files.createTempDirectory(dir, "f").resolve(name), content);
    }

    private String token(TestCitizens.Login login) throws Exception {
        return token(login.pinflValue(), login.password(), login.totpSecret());
    }

    private String token(String pinfl, String password, String totp) throws Exception {
        return TokenFlows.accessToken(port, clients, pinfl, password, totp);
    }

    private HttpResponse<String> api(String token, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(WebSession session, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "SESSION=" + session.cookie("SESSION")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
