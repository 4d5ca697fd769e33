package uz.yagona.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.documents.internal.ContentStore;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Sex;

/** Documents against real PostgreSQL and a real (throw-away) storage directory. */
@SpringBootTest
@ActiveProfiles("test")
class DocumentsTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final AtomicInteger SERIAL = new AtomicInteger(100);

    @Autowired
    Documents documents;

    @Autowired
    ContentStore contents;

    @Test
    void aNewVersionGetsTheNextNumberAndOldVersionsStayReadable() {
        var subject = pinfl();
        var id = documents.store(new NewDocument("Tugʻilganlik haqida guvohnoma", "birth-certificate", "FHDY",
                subject, PDF, "application/pdf"));
        var second = documents.addVersion(id, "Version two, plain text".getBytes(StandardCharsets.UTF_8), null);
        var third = documents.addVersion(id, PNG, "image/png");

        assertThat(second.number()).isEqualTo(2);
        assertThat(third.number()).isEqualTo(3);
        var reader = new Reader.Person(subject);
        assertThat(documents.versions(id, reader)).extracting(StoredVersion::number, StoredVersion::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple(2, "text/plain"),
                        org.assertj.core.groups.Tuple.tuple(3, "image/png"));
        assertThat(documents.read(id, reader).content()).isEqualTo(PNG);
        assertThat(documents.read(id, 1, reader).content()).isEqualTo(PDF);
        assertThat(documents.read(id, 1, reader).version().sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void registrationNumbersOfAnAgencyAndYearAreGapFreeAndUniqueUnderConcurrency() throws Exception {
        var agency = freshAgency();
        var ids = new ArrayList<DocumentId>();
        for (int i = 0; i < 32; i++) {
            ids.add(documents.store(new NewDocument("Buyruq " + i, "order", agency, null, PDF, null)));
        }
        var start = new CountDownLatch(1);
        var numbers = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (var id : ids) {
                numbers.add(pool.submit(() -> {
                    start.await();
                    return documents.register(id);
                }));
            }
            start.countDown();
        }
        var seen = new HashSet<String>();
        for (var number : numbers) {
            seen.add(number.get());
        }
        int year = java.time.LocalDate.now(Documents.UZBEKISTAN).getYear();
        var expected = new HashSet<String>();
        for (int n = 1; n <= 32; n++) {
            expected.add(String.format("%s-%d/%06d", agency, year, n));
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(documents.register(ids.getFirst())).as("registering again keeps the number")
                .isIn(expected);
    }

    @Test
    void anIssuedDocumentCarriesTheNumberItWasGivenAndAFailedRenderingTakesNone() {
        var agency = freshAgency();
        var subject = pinfl();
        var header = new NewDocument("Guvohnoma", "certificate", agency, subject, new byte[0], "text/plain");
        assertThatThrownBy(() -> documents.issue(header, number -> {
            throw new IllegalStateException("the renderer failed");
        })).hasMessage("the renderer failed");

        var issued = documents.issue(header, number -> ("No. " + number).getBytes(StandardCharsets.UTF_8));

        int year = java.time.LocalDate.now(Documents.UZBEKISTAN).getYear();
        assertThat(issued.registrationNumber()).isEqualTo(String.format("%s-%d/%06d", agency, year, 1));
        assertThat(documents.register(issued.id())).isEqualTo(issued.registrationNumber());
        assertThat(new String(documents.read(issued.id(), new Reader.Person(subject)).content(),
                StandardCharsets.UTF_8)).isEqualTo("No. " + issued.registrationNumber());
    }

    @Test
    void contentIsStoredByItsDigestAndATamperedFileIsRefusedOnRead() throws Exception {
        var id = documents.store(new NewDocument("Maʼlumotnoma", "reference", "MBB", null,
                "Original text".getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
        var officer = new Reader.Officer("MBB");
        var stored = documents.read(id, officer);
        var file = contents.pathOf(stored.version().sha256());
        assertThat(file.getFileName().toString()).isEqualTo(stored.version().sha256());
        assertThat(Files.readAllBytes(file)).isEqualTo("Original text".getBytes(StandardCharsets.UTF_8));

        Files.write(file, "Altered text!".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> documents.read(id, officer)).isInstanceOf(TamperedContent.class)
                .hasMessageContaining(stored.version().sha256()).hasMessageContaining("altered");
    }

    @Test
    void onlyTheOwningAgencyTheSubjectAndGranteesMayRead() {
        var subject = pinfl();
        var stranger = pinfl();
        var id = documents.store(new NewDocument("Hukm", "judgement", "SUD", subject, PDF, null));

        assertThat(documents.read(id, new Reader.Officer("SUD")).content()).isEqualTo(PDF);
        assertThat(documents.read(id, new Reader.Person(subject)).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> documents.read(id, new Reader.Officer("MBB"))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> documents.read(id, new Reader.Person(stranger))).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> documents.versions(id, new Reader.Person(stranger)))
                .isInstanceOf(AccessRefused.class);

        documents.grant(id, stranger);

        assertThat(documents.read(id, new Reader.Person(stranger)).content()).isEqualTo(PDF);
    }

    @Test
    void theTypeIsToldByTheContentNotByWhatWasDeclared() {
        var exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThatThrownBy(() -> documents.store(new NewDocument("Dastur", "other", "MBB", null, exe,
                "application/pdf")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("documents.content.type"));
        assertThatThrownBy(() -> documents.store(new NewDocument("Rasm", "photo", "MBB", null, JPEG, "image/png")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("documents.content.typeMismatch"));
        assertThatThrownBy(() -> documents.store(new NewDocument("Boʻsh", "other", "MBB", null, new byte[0], null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("documents.content.empty"));

        var xml = documents.store(new NewDocument("Ariza", "application", "MBB", null,
                "<?xml version=\"1.0\"?><ariza/>".getBytes(StandardCharsets.UTF_8), "text/xml"));
        var photo = documents.store(new NewDocument("Rasm", "photo", "MBB", null, JPEG, null));
        var officer = new Reader.Officer("MBB");
        assertThat(documents.read(xml, officer).version().mediaType()).isEqualTo("application/xml");
        assertThat(documents.read(photo, officer).version().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void bytesThatAreNoCmsSignatureAreRefusedAndNothingIsAttached() {
        var id = documents.store(new NewDocument("Buyruq", "order", "MBB", null, PDF, null));
        assertThatThrownBy(() -> documents.attachSignature(id, 1, "not a signature".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(documents.signatures(id, new Reader.Officer("MBB"))).isEmpty();
    }

    /** A valid PINFL, different on each call. */
    static Pinfl pinfl() {
        return Pinfl.of(LocalDate.of(1985, 3, 15), Sex.MALE, 123, SERIAL.incrementAndGet());
    }

    /** An agency code no other test uses, so its counter starts at one. */
    static String freshAgency() {
        var random = ThreadLocalRandom.current();
        var code = new StringBuilder("R");
        for (int i = 0; i < 7; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.toString();
    }
}
