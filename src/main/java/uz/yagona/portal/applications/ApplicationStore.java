package uz.yagona.portal.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;

/** Applications, their attachments and history in PostgreSQL (schema {@code portal}). */
@Repository
class ApplicationStore {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number, such as {@code ARZ-2026-0000001}; taken before the form so the exchange logs it. */
    String nextNumber(Instant now) {
        long sequence = jdbc.sql("select nextval('portal.application_number')").query(Long.class).single();
        return "ARZ-%d-%07d".formatted(Year.from(now.atZone(Application.UZBEKISTAN)).getValue(), sequence);
    }

    void insert(Application application, @Nullable String idempotencyKey) {
        var signature = application.signature();
        jdbc.sql("""
                insert into portal.applications (number, service_code, agency_code, agency_root, applicant_id,
                    applicant_pinfl, language, status, answers, facts, signature, signature_valid, signer, fee,
                    term_days, submitted_at, idempotency_key)
                values (:number, :service, :agency, :root, :applicant, :pinfl, :language, :status,
                    cast(:answers as jsonb), cast(:facts as jsonb), :signature, :valid, :signer, :fee, :term,
                    :submitted, :key)""")
                .param("number", application.number()).param("service", application.serviceCode())
                .param("agency", application.agencyCode()).param("root", application.agencyRoot())
                .param("applicant", application.applicant().value())
                .param("pinfl", application.applicantPinfl().value()).param("language", application.language())
                .param("status", application.status().name())
                .param("answers", json.writeValueAsString(application.answers()))
                .param("facts", json.writeValueAsString(application.facts()))
                .param("signature", signature == null ? null : signature.cms())
                .param("valid", signature == null ? null : signature.valid())
                .param("signer", signature == null ? null : signature.signer())
                .param("fee", application.fee().tiyin()).param("term", application.termDays())
                .param("submitted", Timestamp.from(application.submittedAt())).param("key", idempotencyKey)
                .update();
        update(application);
    }

    /** Writes the mutable state and appends the recorded events. */
    void update(Application application) {
        var result = application.result();
        jdbc.sql("""
                update portal.applications set status = :status, invoice_id = :invoice, term_started_at = :started,
                    due_date = :due, officer_id = :officer, reason = :reason, info_request = :info,
                    result_document = :document, result_number = :resultNumber, licence_number = :licence,
                    closed_at = :closed
                where number = :number""")
                .param("status", application.status().name()).param("invoice", application.invoiceId())
                .param("started", timestamp(application.termStartedAt())).param("due", application.dueDate())
                .param("officer", application.officerId()).param("reason", application.reason())
                .param("info", application.infoRequest())
                .param("document", result == null ? null : result.document())
                .param("resultNumber", result == null ? null : result.registrationNumber())
                .param("licence", result == null ? null : result.licenceNumber())
                .param("closed", timestamp(application.closedAt())).param("number", application.number())
                .update();
        for (var event : application.recorded()) {
            jdbc.sql("""
                    insert into portal.application_events (number, at, kind, actor, note)
                    values (:number, :at, :kind, :actor, :note)""")
                    .param("number", application.number()).param("at", Timestamp.from(event.at()))
                    .param("kind", event.kind()).param("actor", event.actor().name()).param("note", event.note())
                    .update();
        }
    }

    Optional<Application> find(String number) {
        return jdbc.sql("select * from portal.applications where number = :number").param("number", number)
                .query(this::map).optional();
    }

    /** Locked for the rest of the transaction, so two officers cannot decide the same application at once. */
    Optional<Application> lock(String number) {
        return jdbc.sql("select * from portal.applications where number = :number for update")
                .param("number", number).query(this::map).optional();
    }

    Optional<Application> byIdempotencyKey(PersonId applicant, String key) {
        return jdbc.sql("select * from portal.applications where applicant_id = :applicant and idempotency_key = :key")
                .param("applicant", applicant.value()).param("key", key).query(this::map).optional();
    }

    List<Application> of(PersonId applicant, int limit) {
        return jdbc.sql("""
                select * from portal.applications where applicant_id = :applicant
                order by submitted_at desc, number desc limit :limit""")
                .param("applicant", applicant.value()).param("limit", limit).query(this::map).list();
    }

    /** The agency's open applications, the nearest due date first (those awaiting payment last). */
    List<Application> queue(String agencyRoot, @Nullable String serviceCode, int limit) {
        return jdbc.sql("""
                select * from portal.applications
                where agency_root = :root and status in (:open)
                    and (cast(:service as text) is null or service_code = :service)
                order by due_date nulls last, submitted_at, number limit :limit""")
                .param("root", agencyRoot).param("service", serviceCode).param("limit", limit)
                .param("open", ApplicationStatus.OPEN.stream().map(Enum::name).toList())
                .query(this::map).list();
    }

    List<Application.Event> history(String number) {
        return jdbc.sql("select at, kind, actor, note from portal.application_events where number = :n order by id")
                .param("n", number)
                .query((rs, n) -> new Application.Event(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        Application.Actor.valueOf(rs.getString("actor")), rs.getString("note")))
                .list();
    }

    void attach(String number, Attachment attachment) {
        jdbc.sql("""
                insert into portal.application_attachments (number, field, document_id, media_type, filename)
                values (:number, :field, :document, :type, :filename)""")
                .param("number", number).param("field", attachment.field()).param("document", attachment.document())
                .param("type", attachment.mediaType()).param("filename", attachment.filename()).update();
    }

    List<Attachment> attachments(String number) {
        return jdbc.sql("""
                select field, document_id, media_type, filename from portal.application_attachments
                where number = :number order by field""")
                .param("number", number)
                .query((rs, n) -> new Attachment(rs.getString("field"), rs.getObject("document_id", UUID.class),
                        rs.getString("media_type"), rs.getString("filename")))
                .list();
    }

    /** The applicant's signature bytes, for the officer's check. */
    Optional<byte[]> signature(String number) {
        return jdbc.sql("select signature from portal.applications where number = :n and signature is not null")
                .param("n", number).query(byte[].class).optional();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        var signature = rs.getBytes("signature");
        var document = rs.getObject("result_document", UUID.class);
        return Application.restore(new Application.Stored(rs.getString("number"), rs.getString("service_code"),
                rs.getString("agency_code"), new PersonId(rs.getObject("applicant_id", UUID.class)),
                new Pinfl(rs.getString("applicant_pinfl")), rs.getString("language"),
                json.readValue(rs.getString("answers"), MAP), json.readValue(rs.getString("facts"), MAP),
                Money.ofTiyin(rs.getLong("fee")), rs.getInt("term_days"), rs.getTimestamp("submitted_at").toInstant(),
                signature == null ? null : new Application.Signed(signature, rs.getBoolean("signature_valid"),
                        rs.getString("signer")),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getObject("invoice_id", UUID.class),
                instant(rs.getTimestamp("term_started_at")), rs.getObject("due_date", LocalDate.class),
                rs.getObject("officer_id", UUID.class), rs.getString("reason"), rs.getString("info_request"),
                document == null ? null : new Application.Result(document, rs.getString("result_number"),
                        rs.getString("licence_number")),
                instant(rs.getTimestamp("closed_at"))));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A file the applicant attached, kept by the documents module. */
    record Attachment(String field, UUID document, String mediaType, String filename) {
    }
}
