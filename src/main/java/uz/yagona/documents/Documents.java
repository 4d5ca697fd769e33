package uz.yagona.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.documents.internal.ContentStore;
import uz.yagona.documents.internal.ContentTypes;
import uz.yagona.documents.internal.DocumentsSettings;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;

/**
 * What other modules use to keep documents: store one, add versions (old ones are kept), give it a registration
 * number of its agency and year, attach detached signatures, grant a person reading, and read, which refuses
 * anyone but the owning agency's officers, the subject and those granted.
 */
@Service
public class Documents {

    static final ZoneId UZBEKISTAN = ZoneId.of("Asia/Tashkent");

    private final JdbcClient jdbc;
    private final ContentStore contents;
    private final DocumentsSettings settings;
    private final Signatures signatures;
    private final Clock clock;

    Documents(JdbcClient jdbc, ContentStore contents, DocumentsSettings settings, Signatures signatures,
            Clock clock) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.settings = settings;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** Stores a new document with its first version. */
    @Transactional
    public DocumentId store(NewDocument document) {
        var id = DocumentId.random();
        insertDocument(id, document);
        insertVersion(id, 1, document.content(), document.declaredMediaType());
        return id;
    }

    /** Adds the next version of a document; earlier versions stay readable. */
    /**
     * Stores a document that carries its own registration number, such as an issued certificate: the number is
     * taken first (gap-free, per agency and year) and handed to {@code render}, whose bytes become version 1; all
     * in one transaction, so a failed rendering takes no number.
     *
     * @param header title, kind, agency and subject of the document; its content is ignored
     */
    @Transactional
    public Issued issue(NewDocument header, Function<String, byte[]> render) {
        var id = DocumentId.random();
        insertDocument(id, header);
        var number = register(id);
        insertVersion(id, 1, render.apply(number), header.declaredMediaType());
        return new Issued(id, number);
    }

    /** A document stored by {@link #issue} with the registration number it carries. */
    public record Issued(DocumentId id, String registrationNumber) {
    }

    @Transactional
    public StoredVersion addVersion(DocumentId id, byte[] content, @Nullable String declaredMediaType) {
        lock(id);
        int next = jdbc.sql("select coalesce(max(number), 0) + 1 from documents.versions where document_id = :id")
                .param("id", id.value()).query(Integer.class).single();
        return insertVersion(id, next, content, declaredMediaType);
    }

    /**
     * Gives the document the next registration number of its agency for the current year, such as {@code
     * MBB-2026/000123}; a document registered before keeps its number.
     */
    @Transactional
    public String register(DocumentId id) {
        var row = lock(id);
        if (row.registrationNumber() != null) {
            return row.registrationNumber();
        }
        int year = clock.instant().atZone(UZBEKISTAN).getYear();
        int number = jdbc.sql("""
                insert into documents.registration_counters as c (agency_code, year, last_number)
                values (:agency, :year, 1)
                on conflict (agency_code, year) do update set last_number = c.last_number + 1
                returning last_number""")
                .param("agency", row.agencyCode()).param("year", year).query(Integer.class).single();
        var registration = String.format(Locale.ROOT, "%s-%d/%06d", row.agencyCode(), year, number);
        jdbc.sql("update documents.documents set registration_number = :number where id = :id")
                .param("number", registration).param("id", id.value()).update();
        return registration;
    }

    /** Lets a person read the document. */
    @Transactional
    public void grant(DocumentId id, Pinfl person) {
        lock(id);
        jdbc.sql("""
                insert into documents.grants (document_id, pinfl, granted_at) values (:id, :pinfl, :now)
                on conflict do nothing""")
                .param("id", id.value()).param("pinfl", person.value())
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
    }

    /** The latest version, for a reader who may read it. */
    @Transactional(readOnly = true)
    public DocumentContent read(DocumentId id, Reader reader) {
        var row = permitted(id, reader);
        return content(row, latest(id));
    }

    /** One version, for a reader who may read it. */
    @Transactional(readOnly = true)
    public DocumentContent read(DocumentId id, int version, Reader reader) {
        var row = permitted(id, reader);
        return content(row, version(id, version));
    }

    /** Every version, oldest first, for a reader who may read the document. */
    @Transactional(readOnly = true)
    public List<StoredVersion> versions(DocumentId id, Reader reader) {
        permitted(id, reader);
        return jdbc.sql("select * from documents.versions where document_id = :id order by number")
                .param("id", id.value()).query(Documents::version).list();
    }

    /**
     * Attaches a detached CMS signature (DER or PEM) to a version, verified by the signature module against
     * the version's content; an invalid signature is kept too, marked invalid. Bytes that are not CMS at all
     * are refused with {@code InvalidValueException}.
     */
    @Transactional
    public AttachedSignature attachSignature(DocumentId id, int version, byte[] cms) {
        lock(id);
        var stored = version(id, version);
        var report = signatures.verify(contents.get(stored.sha256()), cms);
        var signer = report.signers().isEmpty() ? null : report.signers().getFirst();
        var now = clock.instant();
        long signatureId = jdbc.sql("""
                insert into documents.signatures (document_id, version, cms, signer, signer_pinfl, valid, attached_at)
                values (:id, :version, :cms, :signer, :pinfl, :valid, :now) returning id""")
                .param("id", id.value()).param("version", version).param("cms", cms)
                .param("signer", signer == null ? null : signer.name())
                .param("pinfl", signer == null ? null : signer.pinfl())
                .param("valid", report.valid()).param("now", java.sql.Timestamp.from(now))
                .query(Long.class).single();
        return new AttachedSignature(signatureId, id, version, signer == null ? null : signer.name(),
                signer == null ? null : signer.pinfl(), report.valid(), now);
    }

    /** The signatures attached to a document's versions, for a reader who may read it. */
    @Transactional(readOnly = true)
    public List<AttachedSignature> signatures(DocumentId id, Reader reader) {
        permitted(id, reader);
        return jdbc.sql("""
                select id, version, signer, signer_pinfl, valid, attached_at from documents.signatures
                where document_id = :id order by id""")
                .param("id", id.value())
                .query((rs, n) -> new AttachedSignature(rs.getLong("id"), id, rs.getInt("version"),
                        rs.getString("signer"), rs.getString("signer_pinfl"), rs.getBoolean("valid"),
                        rs.getTimestamp("attached_at").toInstant()))
                .list();
    }

    private void insertDocument(DocumentId id, NewDocument header) {
        jdbc.sql("""
                insert into documents.documents (id, title, kind, agency_code, subject_pinfl, created_at)
                values (:id, :title, :kind, :agency, :subject, :now)""")
                .param("id", id.value()).param("title", header.title()).param("kind", header.kind())
                .param("agency", header.agencyCode())
                .param("subject", header.subject() == null ? null : header.subject().value())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private StoredVersion insertVersion(DocumentId id, int number, byte[] content, @Nullable String declared) {
        var mediaType = checkedType(content, declared);
        var digest = contents.put(content);
        var now = clock.instant();
        jdbc.sql("""
                insert into documents.versions (document_id, number, media_type, size, sha256, created_at)
                values (:id, :number, :type, :size, :sha256, :now)""")
                .param("id", id.value()).param("number", number).param("type", mediaType)
                .param("size", content.length).param("sha256", digest).param("now", java.sql.Timestamp.from(now))
                .update();
        return new StoredVersion(id, number, mediaType, content.length, digest, now);
    }

    private String checkedType(byte[] content, @Nullable String declared) {
        if (content.length == 0) {
            throw new InvalidValueException("documents.content.empty", "the content is empty");
        }
        if (content.length > settings.maxSize()) {
            throw new InvalidValueException("documents.content.size", "the content is larger than "
                    + settings.maxSize() + " bytes", settings.maxSize());
        }
        var sniffed = ContentTypes.sniff(content).orElseThrow(() -> new InvalidValueException(
                "documents.content.type", "the content is none of " + DocumentsSettings.ALLOWED_TYPES,
                "PDF, PNG, JPEG, XML, TXT"));
        if (declared != null && !declared.isBlank() && !sameType(declared, sniffed)) {
            throw new InvalidValueException("documents.content.typeMismatch",
                    "declared as " + declared + " but the content is " + sniffed, declared, sniffed);
        }
        return sniffed;
    }

    private static boolean sameType(String declared, String sniffed) {
        var base = declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return base.equals(sniffed) || base.equals("text/xml") && sniffed.equals("application/xml")
                || base.equals("image/jpg") && sniffed.equals("image/jpeg");
    }

    private Row permitted(DocumentId id, Reader reader) {
        var row = row(id, false);
        boolean allowed = switch (reader) {
            case Reader.Officer officer -> officer.agencyCode().equals(row.agencyCode());
            case Reader.Person person -> person.pinfl().value().equals(row.subjectPinfl())
                    || jdbc.sql("select exists (select 1 from documents.grants where document_id = :id and pinfl = :p)")
                            .param("id", id.value()).param("p", person.pinfl().value())
                            .query(Boolean.class).single();
        };
        if (!allowed) {
            throw new AccessRefused(id);
        }
        return row;
    }

    private DocumentContent content(Row row, StoredVersion version) {
        return new DocumentContent(row.id(), row.title(), row.kind(), row.registrationNumber(), version,
                contents.get(version.sha256()));
    }

    private StoredVersion latest(DocumentId id) {
        return jdbc.sql("select * from documents.versions where document_id = :id order by number desc limit 1")
                .param("id", id.value()).query(Documents::version).optional()
                .orElseThrow(() -> new DocumentNotFound(id));
    }

    private StoredVersion version(DocumentId id, int number) {
        return jdbc.sql("select * from documents.versions where document_id = :id and number = :number")
                .param("id", id.value()).param("number", number).query(Documents::version).optional()
                .orElseThrow(() -> new DocumentNotFound(id));
    }

    private Row lock(DocumentId id) {
        return row(id, true);
    }

    private Row row(DocumentId id, boolean forUpdate) {
        return jdbc.sql("select * from documents.documents where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id.value())
                .query((rs, n) -> new Row(new DocumentId(rs.getObject("id", UUID.class)), rs.getString("title"),
                        rs.getString("kind"), rs.getString("agency_code"), rs.getString("subject_pinfl"),
                        rs.getString("registration_number")))
                .optional().orElseThrow(() -> new DocumentNotFound(id));
    }

    private static StoredVersion version(ResultSet rs, int n) throws SQLException {
        return new StoredVersion(new DocumentId(rs.getObject("document_id", UUID.class)), rs.getInt("number"),
                rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
                rs.getTimestamp("created_at").toInstant());
    }

    private record Row(DocumentId id, String title, String kind, String agencyCode, @Nullable String subjectPinfl,
            @Nullable String registrationNumber) {
    }
}
