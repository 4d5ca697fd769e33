package uz.yagona.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.yagona.enforcement.Court.body;
import static uz.yagona.enforcement.Court.text;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.TestCitizens;
import uz.yagona.signature.Signatures;

/**
 * Court staff draft a writ and a judge signs it; the signed writ is anchored in the ledger and anyone verifies it
 * by number or QR code. Unsigned, foreign, tampered or malformed writs are refused or reported, changing nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WritsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    Court court;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Signatures signatures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJudgeSignsADraftedWritWhichThenVerifiesWithSignatureAndLedgerProof() throws Exception {
        var clerk = court.clerk(port);
        var judge = court.judge(port);
        var debtor = citizens.withAccount();

        var drafted = court.post(port, "/api/v1/enforcement/writs", Court.moneyWrit(debtor, 1_250_000_00L),
                clerk.token(), "en");
        assertThat(drafted.statusCode()).as(text(drafted)).isEqualTo(201);
        var number = body(drafted).get("number").asString();
        assertThat(number).matches("IV-\\d{4}-\\d{7}");
        assertThat(body(drafted).get("status").asString()).isEqualTo("DRAFT");
        assertThat(body(drafted).get("court").asString()).isEqualTo("SC");
        var unsigned = body(court.get(port, "/api/v1/enforcement/writs/" + number, null, "en"));
        assertThat(unsigned.get("genuine").asBoolean()).isFalse();
        assertThat(unsigned.get("signatureValid").asBoolean()).isFalse();

        var signed = court.post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("keySerial", judge.keySerial(), "pin", Court.PIN), judge.token(), "en");
        assertThat(signed.statusCode()).as(text(signed)).isEqualTo(200);
        assertThat(body(signed).get("status").asString()).isEqualTo("SIGNED");

        var verified = body(court.get(port, "/api/v1/enforcement/writs/" + number, null, "en"));
        assertThat(verified.get("signatureValid").asBoolean()).isTrue();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("proofValid").asBoolean()).isTrue();
        assertThat(verified.get("genuine").asBoolean()).isTrue();
        assertThat(verified.get("amountTiyin").asLong()).isEqualTo(1_250_000_00L);
        assertThat(verified.get("treeSize").asLong()).isGreaterThan(verified.get("ledgerIndex").asLong());
        assertThat(verified.get("ledgerDigest").asString()).isEqualTo(verified.get("recomputedDigest").asString());
        assertThat(verified.get("signedBy").asString()).containsIgnoringCase("Testova");
        assertThat(verified.has("debtorPinfl")).isFalse();

        var page = text(court.get(port, "/enforcement/writs/verify?number=" + number, null, "ru"));
        assertThat(page).contains("id=\"genuine\"", "id=\"signature-valid\"", "id=\"proof-valid\"", "id=\"intact\"",
                "Взыскание денежных средств", "/enforcement/writs/" + number + "/qr.png")
                .doesNotContain("id=\"altered\"");

        var png = court.get(port, "/enforcement/writs/" + number + "/qr.png", null, "en");
        assertThat(png.statusCode()).isEqualTo(200);
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var payload = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(payload).isEqualTo("http://localhost:8080/enforcement/writs/verify?number=" + number);
    }

    @Test
    void aWritChangedAfterSigningNoLongerVerifies() throws Exception {
        var number = court.signedWrit(port, court.clerk(port), court.judge(port),
                Court.moneyWrit(citizens.withAccount(), 500_000_00L));
        jdbc.sql("update enforcement.writ set amount_tiyin = 5_000_00 where number = ?").param(number).update();

        var verified = body(court.get(port, "/api/v1/enforcement/writs/" + number, null, "en"));
        assertThat(verified.get("amountTiyin").asLong()).isEqualTo(5_000_00L);
        assertThat(verified.get("intact").asBoolean()).isFalse();
        assertThat(verified.get("signatureValid").asBoolean()).isFalse();
        assertThat(verified.get("genuine").asBoolean()).isFalse();
        assertThat(text(court.get(port, "/enforcement/writs/verify?number=" + number, null, "en")))
                .contains("id=\"altered\"", "id=\"not-genuine\"");
    }

    @Test
    void aSignatureOverOtherBytesOrByAnotherCourtsJudgeIsRefusedAndTheWritStaysADraft() throws Exception {
        var clerk = court.clerk(port);
        var judge = court.judge(port);
        var number = body(court.post(port, "/api/v1/enforcement/writs", Court.moneyWrit(citizens.withAccount(),
                100_000_00L), clerk.token(), "en")).get("number").asString();

        var elsewhere = signatures.sign(judge.pinfl(), judge.keySerial(), Court.PIN,
                "another writ".getBytes(StandardCharsets.UTF_8));
        var forged = court.post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("signature", Base64.getEncoder().encodeToString(elsewhere)), judge.token(), "en");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(body(forged).get("errors").get(0).get("field").asString()).isEqualTo("signature");
        var garbage = court.post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("signature", "bm90IGEgc2lnbmF0dXJl"), judge.token(), "en");
        assertThat(garbage.statusCode()).isEqualTo(400);

        var wrongPin = court.post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("keySerial", judge.keySerial(), "pin", "000000"), judge.token(), "uz");
        assertThat(wrongPin.statusCode()).isEqualTo(400);
        assertThat(body(wrongPin).get("errors").get(0).get("field").asString()).isEqualTo("pin");

        var byClerk = court.post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("keySerial", judge.keySerial(), "pin", Court.PIN), clerk.token(), "en");
        assertThat(byClerk.statusCode()).isEqualTo(403);

        assertThat(jdbc.sql("select status from enforcement.writ where number = ?").param(number)
                .query(String.class).single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from enforcement.writ where number = ? and signature is not null")
                .param(number).query(Long.class).single()).isZero();

        // the same judge's CMS made elsewhere over the writ's canonical form is accepted
        var canonical = Base64.getDecoder().decode(body(court.get(port, "/api/v1/enforcement/writs/" + number
                + "/canonical", clerk.token(), "en")).get("canonical").asString());
        var detached = signatures.sign(judge.pinfl(), judge.keySerial(), Court.PIN, canonical);
        var attached = court.post(port, "/api/v1/enforcement/writs/" + number + "/signature",
                Map.of("signature", Base64.getEncoder().encodeToString(detached)), judge.token(), "en");
        assertThat(attached.statusCode()).as(text(attached)).isEqualTo(200);
        assertThat(body(court.get(port, "/api/v1/enforcement/writs/" + number, null, "en")).get("genuine")
                .asBoolean()).isTrue();
    }

    @Test
    void badWritsAreProblemsNamingTheFieldAndNothingIsStored() throws Exception {
        var clerk = court.clerk(port);
        var debtor = citizens.withAccount();
        long before = jdbc.sql("select count(*) from enforcement.writ").query(Long.class).single();

        var negative = court.post(port, "/api/v1/enforcement/writs", Court.moneyWrit(debtor, -5), clerk.token(),
                "ru");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(body(negative).get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(body(negative).get("detail").asString())
                .isEqualTo("Для денежного требования укажите положительную сумму.");

        var unknown = court.post(port, "/api/v1/enforcement/writs",
                Court.moneyWrit(TestCitizens.freshPinfl(uz.yagona.shared.Sex.MALE), 100), clerk.token(), "en");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("errors").get(0).get("field").asString()).isEqualTo("debtor");

        var badPinfl = new HashMap<>(Court.moneyWrit(debtor, 100));
        badPinfl.put("debtor", Map.of("pinfl", "12345", "name", "X"));
        var malformed = court.post(port, "/api/v1/enforcement/writs", badPinfl, clerk.token(), "en");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(body(malformed).get("errors").get(0).get("field").asString()).isEqualTo("debtor");

        var noObligation = new HashMap<>(Court.moneyWrit(debtor, 100));
        noObligation.put("claimType", "NON_MONETARY");
        noObligation.remove("amount");
        var missing = court.post(port, "/api/v1/enforcement/writs", noObligation, clerk.token(), "uz-Cyrl");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(body(missing).get("errors").get(0).get("field").asString()).isEqualTo("obligation");

        var future = new HashMap<>(Court.moneyWrit(debtor, 100));
        future.put("decisionDate", java.time.LocalDate.now().plusDays(3).toString());
        assertThat(body(court.post(port, "/api/v1/enforcement/writs", future, clerk.token(), "en")).get("errors")
                .get(0).get("field").asString()).isEqualTo("decisionDate");

        var citizen = citizens.officer();
        var notCourt = court.post(port, "/api/v1/enforcement/writs", Court.moneyWrit(debtor, 100),
                uz.yagona.identity.TokenFlows.accessToken(port, court.clients(), citizen.pinflValue(),
                        citizen.password(), citizen.totpSecret()), "en");
        assertThat(notCourt.statusCode()).isEqualTo(403);
        assertThat(court.post(port, "/api/v1/enforcement/writs", Court.moneyWrit(debtor, 100), null, "en")
                .statusCode()).isEqualTo(401);
        assertThat(court.get(port, "/api/v1/enforcement/writs/IV-1999-0000001", null, "en").statusCode())
                .isEqualTo(404);
        assertThat(court.get(port, "/api/v1/enforcement/writs/nonsense", null, "en").statusCode()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from enforcement.writ").query(Long.class).single()).isEqualTo(before);
    }
}
