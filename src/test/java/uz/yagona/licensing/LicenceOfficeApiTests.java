package uz.yagona.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officers;
import uz.yagona.identity.Persons;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;

/**
 * Officers of the issuing agency issue and change licences over the API; each state is sealed by the agency and
 * anchored in the ledger, and anyone verifies it by number or by what its QR code carries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LicenceOfficeApiTests {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final LocalDate FROM = LocalDate.now().minusDays(1);

    @LocalServerPort
    int port;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Persons persons;

    @Autowired
    Officers officers;

    @Autowired
    Agencies agencies;

    @Autowired
    Clients clients;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void issuedLicenceVerifiesWithSealAndProofThenSuspendedItVerifiesSuspended() throws Exception {
        var officer = healthOfficer();

        var issued = post("/api/v1/licences", newPharmacy("301234567"), officer, "en");
        assertThat(issued.statusCode()).as(text(issued)).isEqualTo(201);
        var number = body(issued).get("number").asString();
        assertThat(issued.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/licences/" + number);
        assertThat(body(issued).get("agency").asString()).isEqualTo("MOH");

        var verified = body(get("/api/v1/licences/" + number, null, "en"));
        assertThat(verified.get("status").asString()).isEqualTo("VALID");
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("sealValid").asBoolean()).isTrue();
        assertThat(verified.get("sealedBy").asString()).isEqualTo("Sogʻliqni saqlash vazirligi");
        assertThat(verified.get("proofValid").asBoolean()).isTrue();
        assertThat(verified.get("treeSize").asLong()).isGreaterThan(verified.get("ledgerIndex").asLong());
        assertThat(verified.get("genuine").asBoolean()).isTrue();

        var suspended = post("/api/v1/licences/" + number + "/suspension",
                Map.of("reason", "Tekshiruvda muddati oʻtgan dorilar topildi"), officer, "en");
        assertThat(suspended.statusCode()).as(text(suspended)).isEqualTo(200);
        var again = body(get("/api/v1/licences/" + number, null, "en"));
        assertThat(again.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(again.get("reason").asString()).isEqualTo("Tekshiruvda muddati oʻtgan dorilar topildi");
        assertThat(again.get("version").asInt()).isEqualTo(2);
        assertThat(again.get("genuine").asBoolean()).isTrue();
        assertThat(again.get("ledgerIndex").asLong()).isGreaterThan(verified.get("ledgerIndex").asLong());

        var resumed = post("/api/v1/licences/" + number + "/resumption", Map.of("reason", "Qayta tekshiruv oʻtdi"),
                officer, "en");
        assertThat(body(resumed).get("state").asString()).isEqualTo("VALID");
        var revoked = post("/api/v1/licences/" + number + "/revocation", Map.of("reason", "Sud qarori 12-345"),
                officer, "en");
        assertThat(body(revoked).get("state").asString()).isEqualTo("REVOKED");
        assertThat(body(get("/api/v1/licences/" + number, null, "en")).get("genuine").asBoolean()).isTrue();

        var page = text(get("/licences/verify?number=" + number, null, "en"));
        assertThat(page).contains("id=\"seal-valid\"", "id=\"proof-valid\"", "Sogʻliqni saqlash vazirligi",
                "/licences/" + number + "/qr.png", "QR code of the verification page of licence " + number)
                .doesNotContain("id=\"seal-invalid\"");
    }

    @Test
    void theQrCodeCarriesTheVerificationUrlAndTheApiAcceptsWhatItCarries() throws Exception {
        var officer = healthOfficer();
        var number = body(post("/api/v1/licences", newPharmacy("301234568"), officer, "en")).get("number").asString();

        var png = get("/licences/" + number + "/qr.png", null, "en");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var payload = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(payload).isEqualTo("http://localhost:8080/licences/verify?number=" + number);

        var byQr = get("/api/v1/licences/verification?qr=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
                null, "en");
        assertThat(byQr.statusCode()).as(text(byQr)).isEqualTo(200);
        assertThat(body(byQr).get("number").asString()).isEqualTo(number);
        assertThat(body(byQr).get("verificationUrl").asString()).isEqualTo(payload);
        assertThat(body(get("/api/v1/licences/verification?qr=" + number, null, "en")).get("genuine").asBoolean())
                .isTrue();
        assertThat(get("/api/v1/licences/verification?qr=nonsense", null, "en").statusCode()).isEqualTo(400);
        assertThat(get("/licences/L-1999-999998/qr.png", null, "en").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputsAreProblemsNamingTheFieldAndChangeNothing() throws Exception {
        var officer = healthOfficer();
        var number = body(post("/api/v1/licences", newPharmacy("301234569"), officer, "en")).get("number").asString();

        var noReason = post("/api/v1/licences/" + number + "/suspension", Map.of("reason", " "), officer, "en");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(post("/api/v1/licences/" + number + "/revocation", Map.of(), officer, "en").statusCode())
                .isEqualTo(400);

        var badHolder = post("/api/v1/licences", newPharmacy("12ab"), officer, "ru");
        assertThat(badHolder.statusCode()).isEqualTo(400);
        assertThat(body(badHolder).get("errors").get(0).get("field").asString()).isEqualTo("holderId");
        assertThat(body(badHolder).get("detail").asString()).contains("PINFL");
        var unknownType = new java.util.HashMap<>(newPharmacy("301234567"));
        unknownType.put("type", "casino");
        var badType = post("/api/v1/licences", unknownType, officer, "en");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(body(badType).get("errors").get(0).get("field").asString()).isEqualTo("type");

        var unknown = post("/api/v1/licences/L-1999-999997/suspension", Map.of("reason", "x"), officer, "ru");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(body(unknown).get("detail").asString()).isEqualTo("Лицензии с номером L-1999-999997 не существует.");

        var resumeValid = post("/api/v1/licences/" + number + "/resumption", Map.of("reason", "x"), officer, "en");
        assertThat(resumeValid.statusCode()).isEqualTo(400);
        assertThat(text(resumeValid)).contains("licensing.transition.refused");

        assertThat(body(get("/api/v1/licences/" + number, null, "en")).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void officersOfAnotherAgencyAreRefusedAndAdministratorsAllowed() throws Exception {
        var number = body(post("/api/v1/licences", newPharmacy("301234570"), healthOfficer(), "en"))
                .get("number").asString();
        var bailiff = citizens.officer();
        var foreign = token(bailiff.pinflValue(), bailiff.password(), bailiff.totpSecret());

        var refused = post("/api/v1/licences/" + number + "/revocation", Map.of("reason", "Not mine"), foreign, "en");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body(refused).get("detail").asString()).isEqualTo("Only officers of the agency MOH may change its licences.");
        assertThat(post("/api/v1/licences", newPharmacy("301234571"), foreign, "en").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/licences", newPharmacy("301234571"), null, "en").statusCode()).isEqualTo(401);
        assertThat(body(get("/api/v1/licences/" + number, null, "en")).get("status").asString()).isEqualTo("VALID");

        var admin = citizens.administrator();
        var allowed = post("/api/v1/licences/" + number + "/suspension", Map.of("reason", "Audit"),
                token(admin.pinflValue(), admin.password(), admin.totpSecret()), "en");
        assertThat(allowed.statusCode()).as(text(allowed)).isEqualTo(200);
    }

    @Test
    void aSealNotOverTheStoredRecordIsReportedInvalid() throws Exception {
        var number = body(post("/api/v1/licences", newPharmacy("301234572"), healthOfficer(), "en"))
                .get("number").asString();
        var other = body(post("/api/v1/licences", newPharmacy("301234573"), healthOfficer(), "en"))
                .get("number").asString();
        // the other licence's seal, moved onto this one: a valid seal, but over another record
        jdbc.sql("update licensing.licence_state set seal = (select seal from licensing.licence_state where number = ?)"
                + " where number = ?").params(other, number).update();

        var verified = body(get("/api/v1/licences/" + number, null, "en"));
        assertThat(verified.get("sealValid").asBoolean()).isFalse();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("genuine").asBoolean()).isFalse();
        assertThat(text(get("/licences/verify?number=" + number, null, "en"))).contains("id=\"seal-invalid\"");

        // bytes that are not a signature at all: still an answer about the licence, not a client error
        jdbc.sql("update licensing.licence_state set seal = ? where number = ?")
                .params("garbage".getBytes(StandardCharsets.US_ASCII), number).update();
        var broken = get("/api/v1/licences/" + number, null, "en");
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(body(broken).get("sealValid").asBoolean()).isFalse();
        assertThat(body(broken).get("sealedBy").isNull()).isTrue();
    }

    private Map<String, Object> newPharmacy(String holder) {
        return Map.of("type", "pharmacy", "holderId", holder, "holderName", "“Shifo Farm” MChJ",
                "scope", "Dorixona: Toshkent, Chilonzor 5", "validFrom", FROM.toString(),
                "validUntil", FROM.plusYears(5).toString());
    }

    /** A person appointed to a district office of the Ministry of Health, with a bearer token. */
    private String healthOfficer() throws Exception {
        var login = citizens.withTotp();
        var ministry = agencies.findByCode("MOH").orElseThrow();
        var office = agencies.findByCode("MOH.1726").map(uz.yagona.identity.Agency::id).orElseGet(() ->
                agencies.create("MOH.1726", ministry.id(), uz.yagona.identity.Agency.Level.REGIONAL,
                        ministry.name(), "1726"));
        officers.appoint(persons.findByPinfl(login.pinfl()).orElseThrow().id(), office, "Bosh mutaxassis",
                Set.of("LICENSING_OFFICER"));
        return token(login.pinflValue(), login.password(), login.totpSecret());
    }

    private String token(String pinfl, String password, @Nullable String totpSecret) throws Exception {
        return TokenFlows.accessToken(port, clients, pinfl, password, totpSecret);
    }

    private HttpResponse<byte[]> post(String path, Map<String, ?> body, @Nullable String token, String language)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, @Nullable String token, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode body(HttpResponse<byte[]> response) {
        return json.readTree(response.body());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
