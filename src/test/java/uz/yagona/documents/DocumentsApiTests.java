package uz.yagona.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.TestCitizens;
import uz.yagona.identity.TokenFlows;
import uz.yagona.identity.internal.Clients;
import uz.yagona.signature.internal.Enrolment;

/** The documents API over real HTTP with tokens from the platform's own provider. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentsApiTests {

    @Autowired
    Documents documents;

    @Autowired
    TestCitizens citizens;

    @Autowired
    Clients clients;

    @Autowired
    Enrolment enrolment;

    @Autowired
    uz.yagona.documents.internal.ContentStore store;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSubjectReadsTheDocumentAndAStrangerIsRefused() throws Exception {
        var subject = citizens.withAccount();
        var stranger = citizens.withAccount();
        var id = documents.store(new NewDocument("Maʼlumotnoma", "reference", "MBB", subject,
                DocumentsTests.PDF, "application/pdf"));
        var registration = documents.register(id);

        var mine = get("/api/v1/documents/" + id, token(subject.value()));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(DocumentsTests.PDF);
        assertThat(mine.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(mine.headers().firstValue("Document-Registration-Number")).hasValue(registration);
        assertThat(mine.headers().firstValue("Repr-Digest")).hasValueSatisfying(d -> assertThat(d).startsWith("sha-256=:"));

        var theirs = get("/api/v1/documents/" + id, token(stranger.value()));
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(new String(theirs.body())).contains("no right to read");

        assertThat(get("/api/v1/documents/" + id, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/documents/" + java.util.UUID.randomUUID(), token(subject.value())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSignatureMadeOnTheNationalPkiIsAttachedVerifiedAndAForeignOneMarkedInvalid() throws Exception {
        var signer = citizens.withAccount();
        var id = documents.store(new NewDocument("Ariza", "application", "MBB", signer, DocumentsTests.PDF, null));
        documents.addVersion(id, "Ikkinchi tahrir".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        var certificate = enrolment.issueRemote(signer, "123456");
        var cms = enrolment.sign(signer, certificate.serial(), "123456", DocumentsTests.PDF);

        var onFirst = documents.attachSignature(id, 1, cms);
        var onSecond = documents.attachSignature(id, 2, cms);

        assertThat(onFirst.valid()).isTrue();
        assertThat(onFirst.signerPinfl()).isEqualTo(signer.value());
        assertThat(onSecond.valid()).as("the signature is over version 1, not version 2").isFalse();
        assertThat(documents.signatures(id, new Reader.Person(signer)))
                .extracting(AttachedSignature::version, AttachedSignature::valid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void contentAlteredOnDiskIsWithheldWithA503ProblemNotA500() throws Exception {
        var subject = citizens.withAccount();
        var content = ("%PDF-1.4\n% " + java.util.UUID.randomUUID() + "\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var id = documents.store(new NewDocument("Maʼlumotnoma", "reference", "MBB", subject, content, null));
        var digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content));
        var file = store.pathOf(digest);
        java.nio.file.Files.write(file, "%PDF-1.4\n% altered\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        var response = get("/api/v1/documents/" + id, token(subject.value()));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("documents.content.tampered", "no longer matches its stored digest")
                .doesNotContain("altered");
    }

    private String token(String pinfl) throws Exception {
        return TokenFlows.accessToken(port, clients, pinfl, TestCitizens.PASSWORD, null);
    }

    private HttpResponse<byte[]> get(String path, @Nullable String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
