package uz.yagona.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uz.yagona.Multipart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.shared.InvalidValueException;

/** The public ledger over real HTTP against real PostgreSQL, checked the way an outside auditor would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LedgerApiTests {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private LoggedEntry logged;

    @BeforeEach
    void somethingIsLogged() throws InterruptedException {
        var receipt = ledger.append("writ.signed", "W-2026-0001", Hash.sha256("the writ".getBytes()));
        logged = ledger.awaitIncluded(receipt, Duration.ofSeconds(10)).orElseThrow();
    }

    @Test
    void anEntryIsServedWithItsLeafHashAndProvenAgainstTheSignedTreeHead() throws Exception {
        var head = getJson("/api/v1/ledger/tree-head");
        var entry = getJson("/api/v1/ledger/entries/" + logged.index());
        var leafHash = Base64.getDecoder().decode(entry.get("leafHash").asString());
        var proof = getJson("/api/v1/ledger/proofs/inclusion?leafHash="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(leafHash)
                + "&treeSize=" + head.get("treeSize").asLong());

        assertThat(entry.get("type").asString()).isEqualTo("writ.signed");
        assertThat(entry.get("reference").asString()).isEqualTo("W-2026-0001");
        assertThat(entry.get("digest").asString()).isEqualTo(Hash.sha256("the writ".getBytes()).base64());
        assertThat(proof.get("leafIndex").asLong()).isEqualTo(logged.index());
        assertThat(MerkleVerifier.verifyInclusion(proof.get("leafIndex").asLong(), proof.get("treeSize").asLong(),
                leafHash, base64List(proof.get("auditPath")), Base64.getDecoder().decode(head.get("rootHash")
                        .asString()))).isTrue();
    }

    @Test
    void treeHeadSignatureVerifiesWithThePublishedKeyOverTheDocumentedText() throws Exception {
        var head = getJson("/api/v1/ledger/tree-head");
        var signed = "yagona-tree-head/v1\n" + head.get("origin").asString() + "\n" + head.get("treeSize").asLong()
                + "\n" + head.get("rootHash").asString() + "\n" + head.get("timestamp").asLong() + "\n";

        assertThat(head.get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(verifies(publicKey(), signed.getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(head.get("signature").asString()))).isTrue();
        var earlier = getJson("/api/v1/ledger/tree-head?treeSize=" + head.get("treeSize").asLong());
        assertThat(earlier.get("rootHash").asString()).isEqualTo(head.get("rootHash").asString());
    }

    @Test
    void checkpointIsAC2spSignedNoteThatVerifiesWithThePublishedKey() throws Exception {
        var response = get("/api/v1/ledger/checkpoint");
        var key = publicKey();
        var raw = Arrays.copyOfRange(key.getEncoded(), key.getEncoded().length - 32, key.getEncoded().length);
        var lines = response.body().split("\n", -1);
        var origin = lines[0];
        var body = lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n";
        var signatureLine = Pattern.compile("\u2014 (\\S+) (\\S+)").matcher(lines[4]);

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(Long.parseLong(lines[1])).isGreaterThanOrEqualTo(logged.index() + 1);
        assertThat(Base64.getDecoder().decode(lines[2])).hasSize(32);
        assertThat(lines[3]).isEmpty();
        assertThat(signatureLine.matches()).as(lines[4]).isTrue();
        assertThat(signatureLine.group(1)).isEqualTo(origin);
        var signature = Base64.getDecoder().decode(signatureLine.group(2));
        var keyHash = Hash.sha256(origin.getBytes(StandardCharsets.UTF_8), new byte[] {0x0A, 0x01}, raw).bytes();
        assertThat(Arrays.copyOf(signature, 4)).isEqualTo(Arrays.copyOf(keyHash, 4));
        assertThat(verifies(key, body.getBytes(StandardCharsets.UTF_8),
                Arrays.copyOfRange(signature, 4, signature.length))).isTrue();
    }

    @Test
    void consistencyProofBetweenTwoPublishedHeadsVerifies() throws Exception {
        var first = getJson("/api/v1/ledger/tree-head");
        var receipt = ledger.append("decision.issued", "D-17", Hash.sha256("decision".getBytes()));
        ledger.awaitIncluded(receipt, Duration.ofSeconds(10)).orElseThrow();
        var second = getJson("/api/v1/ledger/tree-head");
        var proof = getJson("/api/v1/ledger/proofs/consistency?first=" + first.get("treeSize").asLong()
                + "&second=" + second.get("treeSize").asLong());

        assertThat(MerkleVerifier.verifyConsistency(first.get("treeSize").asLong(), second.get("treeSize").asLong(),
                Base64.getDecoder().decode(first.get("rootHash").asString()),
                Base64.getDecoder().decode(second.get("rootHash").asString()), base64List(proof.get("proof"))))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/ledger/proofs/inclusion?leafHash=not*base64!&treeSize=1                               | 400
            /api/v1/ledger/proofs/inclusion?leafHash=AAAA&treeSize=1                                      | 400
            /api/v1/ledger/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&treeSize=1 | 404
            /api/v1/ledger/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&treeSize=0 | 400
            /api/v1/ledger/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&treeSize=9000000000 | 400
            /api/v1/ledger/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA          | 400
            /api/v1/ledger/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&treeSize=x | 400
            /api/v1/ledger/proofs/consistency?first=2&second=1                                            | 400
            /api/v1/ledger/proofs/consistency?first=0&second=1                                            | 400
            /api/v1/ledger/proofs/consistency?first=-1&second=1                                           | 400
            /api/v1/ledger/proofs/consistency?first=1&second=9000000000                                   | 400
            /api/v1/ledger/proofs/consistency?first=1                                                     | 400
            /api/v1/ledger/entries/-1                                                                     | 400
            /api/v1/ledger/entries/x                                                                      | 400
            /api/v1/ledger/entries/9000000000                                                             | 404
            /api/v1/ledger/tree-head?treeSize=0                                                           | 400
            /api/v1/ledger/tree-head?treeSize=9000000000                                                  | 400
            """)
    void badInputIsAClientErrorNeverAServerError(String path, int status) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void publicKeyIsAPemSubjectPublicKeyInfoAndNeedsNoLogin() throws Exception {
        var pem = get("/api/v1/ledger/public-key");

        assertThat(pem.statusCode()).isEqualTo(200);
        assertThat(pem.body()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(publicKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
    }

    @Test
    void appendRefusesMalformedTypesAndReferences() {
        var digest = Hash.sha256(new byte[0]);
        assertThatThrownBy(() -> ledger.append("Writ Signed", "W-1", digest)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ledger.append("writ.signed", " ", digest)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ledger.append("writ.signed", "W\n1", digest))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Hash(new byte[31])).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void databaseRefusesToChangeOrRemoveAnythingInTheLedger() {
        for (var statement : List.of("update ledger.pending set reference = 'x'", "delete from ledger.pending",
                "update ledger.leaf set reference = 'x'", "delete from ledger.leaf",
                "update ledger.node set hash = hash", "delete from ledger.node",
                "update ledger.tree_head set root_hash = root_hash", "delete from ledger.tree_head",
                "truncate ledger.node", "truncate ledger.tree_head", "truncate ledger.leaf cascade",
                "truncate ledger.pending cascade")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).rootCause()
                    .hasMessageContaining("append-only");
        }
        assertThat(ledger.entry(logged.index())).contains(logged);
    }

    @Test
    void pageFindsAnUploadedDocumentAndShowsItsVerifiedProofAndTheTreeHead() throws Exception {
        var document = "Ijro varaqasi № 17".getBytes(StandardCharsets.UTF_8);
        var receipt = ledger.append("writ.signed", "W-2026-0017", Hash.sha256(document));
        var entry = ledger.awaitIncluded(receipt, Duration.ofSeconds(10)).orElseThrow();

        var page = send(HttpRequest.newBuilder(uri("/ledger")).header("Accept-Language", "en").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Is this document in the ledger?", "Latest signed tree head");
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();

        var result = upload(document, csrf.group(1), "en");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains(Hash.sha256(document).hex(), "Entries with this digest: 1.",
                "W-2026-0017", entry.leafHash().base64(), "The inclusion proof verifies");

        var unknown = upload("not logged".getBytes(StandardCharsets.UTF_8), csrf.group(1), "ru");
        assertThat(unknown.body()).contains("В реестре нет записи с этим хешем.");
        assertThat(upload(document, "wrong-token", "en").statusCode()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            uz      | Bu hujjat reyestrda bormi?
            ru      | Есть ли этот документ в реестре?
            en      | Is this document in the ledger?
            """)
    void pageSpeaksTheFourLanguages(String language, String title) throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/ledger")).header("Accept-Language", language).GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>" + title + "</title>");
    }

    @Test
    void aDigestTypedInFindsTheEntryWithoutUploadingAndGarbageIsAFormError() throws Exception {
        var document = "Litsenziya № 42".getBytes(StandardCharsets.UTF_8);
        var entry = ledger.awaitIncluded(ledger.append("licence.issued", "L-42", Hash.sha256(document)),
                Duration.ofSeconds(10)).orElseThrow();

        var found = send(HttpRequest.newBuilder(uri("/ledger?digest=" + Hash.sha256(document).hex()))
                .header("Accept-Language", "en").GET());
        var garbage = send(HttpRequest.newBuilder(uri("/ledger?digest=xyz")).header("Accept-Language", "en").GET());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Entries with this digest: 1.", entry.leafHash().base64(),
                "The inclusion proof verifies");
        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(garbage.body()).contains("The hash must be 64 hexadecimal digits.", "value=\"xyz\"");
    }

    @Test
    void aDocumentAboveTheUploadLimitIsAClientError() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/ledger")).GET());
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();

        // above spring.servlet.multipart.max-request-size (25MB)
        assertThat(upload(new byte[26 * 1024 * 1024], csrf.group(1), "en").statusCode()).isBetween(400, 499);
    }

    @Test
    void theLedgerPageSpeaksUzbekCyrillicToABrowserThatAsksForIt() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/ledger")).header("Accept-Language", "uz-Cyrl").GET());
        assertThat(page.body()).contains("<html lang=\"uz-Cyrl\"", "Бу ҳужжат реестрда борми?");
    }

    private HttpResponse<String> upload(byte[] document, String csrf, String language) throws Exception {
        var body = Multipart.of(Map.of("_csrf", csrf, "document", new Multipart.File("writ.txt", document)));
        return send(HttpRequest.newBuilder(uri("/ledger")).header("Accept-Language", language)
                .header("Content-Type", body.contentType()).POST(body.publisher()));
    }

    private PublicKey publicKey() throws Exception {
        var pem = get("/api/v1/ledger/public-key").body().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(pem)));
    }

    private static boolean verifies(PublicKey key, byte[] message, byte[] signature) throws Exception {
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }

    private static List<byte[]> base64List(JsonNode hashes) {
        return hashes.valueStream().map(hash -> Base64.getDecoder().decode(hash.asString())).toList();
    }

    private JsonNode getJson(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/plain, */*").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
