package uz.yagona.appeals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.Applicant;
import uz.yagona.appeals.Channel;
import uz.yagona.appeals.Term;
import uz.yagona.identity.PersonId;

/** The appeals schema: appeals, their co-applicants, attachments, steps and automated decisions. */
@Repository
public class AppealStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next registration number in the year of {@code registeredOn}. */
    public String nextNumber(LocalDate registeredOn) {
        long next = jdbc.sql("select nextval('appeals.appeal_number')").query(Long.class).single();
        return "MUR-%d-%07d".formatted(registeredOn.getYear(), next);
    }

    /** What the store keeps of a new appeal besides what {@link Appeal} shows. */
    public record Row(String number, AppealKind kind, Channel channel, String language, String text,
            Applicant applicant, @Nullable String entityStir, @Nullable String entityName, boolean authorityProven,
            @Nullable String district, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String address, @Nullable String institution, @Nullable String topic, AppealStatus status,
            @Nullable String conclusion, @Nullable String earlier, Instant receivedAt, Term term,
            @Nullable String idempotencyKey) {
    }

    public void insert(Row row) {
        jdbc.sql("""
                insert into appeals.appeal (number, kind, channel, language, body, applicant_id, applicant_pinfl,
                    applicant_name, contact_email, contact_phone, entity_stir, entity_name, authority_proven, district,
                    latitude, longitude, address, institution, topic, status, conclusion, earlier, received_at,
                    registered_on, last_day, due, extended_study, extended_head, idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(row.number(), row.kind().name(), row.channel().name(), row.language(), row.text(),
                        row.applicant().id() == null ? null : row.applicant().id().value(),
                        row.applicant().pinfl() == null ? null : row.applicant().pinfl().value(),
                        row.applicant().name(), row.applicant().email(), row.applicant().phone(),
                        row.entityStir(), row.entityName(), row.authorityProven(), row.district(), row.latitude(),
                        row.longitude(), row.address(), row.institution(), row.topic(), row.status().name(),
                        row.conclusion(), row.earlier(), Timestamp.from(row.receivedAt()), row.term().registeredOn(),
                        row.term().lastDay(), row.term().due(), row.term().extendedForStudy(),
                        row.term().extendedByHead(), row.idempotencyKey())
                .update();
    }

    public void attach(String number, Appeal.Attachment attachment, byte[] content) {
        jdbc.sql("""
                insert into appeals.attachment (number, position, filename, media_type, size, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(number, attachment.position(), attachment.filename(), attachment.mediaType(),
                        attachment.size(), attachment.sha256(), content)
                .update();
    }

    /** The place the next file of the appeal takes: after every file it has. */
    public int nextPosition(String number) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from appeals.attachment where number = ?")
                .param(number).query(Integer.class).single();
    }

    /** The bytes of the file at {@code position} of the appeal. */
    public Optional<byte[]> content(String number, int position) {
        return jdbc.sql("select content from appeals.attachment where number = ? and position = ?")
                .params(number, position).query((row, n) -> row.getBytes("content")).optional();
    }

    public void event(String number, Instant at, String kind, String actor, @Nullable String note) {
        jdbc.sql("insert into appeals.event (number, at, kind, actor, note) values (?, ?, ?, ?, ?)")
                .params(number, Timestamp.from(at), kind, actor, note).update();
    }

    public void decision(String number, String kind, @Nullable String modelVersion, Map<String, ?> inputs,
            String outcome, List<String> explanation, Instant at) {
        jdbc.sql("""
                insert into appeals.decision (id, number, kind, model_version, inputs, outcome, explanation, decided_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?)""")
                .params(UUID.randomUUID(), number, kind, modelVersion, JSON.writeValueAsString(inputs), outcome,
                        JSON.writeValueAsString(explanation), Timestamp.from(at))
                .update();
    }

    public void routed(String number, AppealStatus status, @Nullable String topic, @Nullable String agency,
            @Nullable String routedBy) {
        jdbc.sql("update appeals.appeal set status = ?, topic = ?, agency = ?, routed_by = ? where number = ?")
                .params(status.name(), topic, agency, routedBy, number).update();
    }

    public void join(String number, PersonId person, String pinfl, String name, Instant at) {
        jdbc.sql("""
                insert into appeals.co_applicant (number, person_id, pinfl, name, joined_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(number, person.value(), pinfl, name, Timestamp.from(at))
                .update();
    }

    public Optional<Appeal> find(String number) {
        return jdbc.sql("select * from appeals.appeal where number = ?").param(number).query(this::map).optional();
    }

    /**
     * The model's guess at the last routing of the appeal: the topic it read, how sure it was, the least it needed
     * to route by itself, and the words that weighed most; empty when the model never read the appeal.
     */
    public record Guess(String topic, double confidence, double minConfidence, List<String> explanation,
            @Nullable String modelVersion) {
    }

    public Optional<Guess> guess(String number) {
        return jdbc.sql("""
                select model_version, inputs ->> 'topic' as topic, (inputs ->> 'confidence')::float8 as confidence,
                    (inputs ->> 'minConfidence')::float8 as min_confidence, explanation::text as explanation
                from appeals.decision
                where number = ? and kind = 'ROUTING' and inputs ->> 'confidence' is not null
                order by decided_at desc limit 1""")
                .param(number)
                .query((row, n) -> new Guess(row.getString("topic"), row.getDouble("confidence"),
                        row.getDouble("min_confidence"),
                        List.of(JSON.readValue(row.getString("explanation"), String[].class)),
                        row.getString("model_version")))
                .optional();
    }

    /** Locks the appeal's row until the transaction ends, so two steps on it do not interleave. */
    public Optional<Appeal> lock(String number) {
        return jdbc.sql("select * from appeals.appeal where number = ? for update").param(number).query(this::map)
                .optional();
    }

    public Optional<String> byIdempotencyKey(PersonId applicant, String key) {
        return jdbc.sql("select number from appeals.appeal where applicant_id = ? and idempotency_key = ?")
                .params(applicant.value(), key).query(String.class).optional();
    }

    /** Whether the person filed or joined the appeal. */
    public boolean isParty(String number, PersonId person) {
        return jdbc.sql("""
                select exists (select 1 from appeals.appeal where number = :number and applicant_id = :person)
                    or exists (select 1 from appeals.co_applicant where number = :number and person_id = :person)""")
                .param("number", number).param("person", person.value()).query(Boolean.class).single();
    }

    /** The appeals a person filed or joined, newest first. */
    public List<Appeal> of(PersonId person, int limit) {
        return jdbc.sql("""
                select * from appeals.appeal a where a.applicant_id = :person
                   or exists (select 1 from appeals.co_applicant c where c.number = a.number and c.person_id = :person)
                order by received_at desc limit :limit""")
                .param("person", person.value()).param("limit", limit).query(this::map).list();
    }

    /**
     * Appeals filed through Open311, newest first: by number, topic, received between {@code from} and {@code to},
     * open or closed; each criterion left null does not filter.
     */
    public List<Appeal> located(List<String> numbers, @Nullable String topic, @Nullable Instant from,
            @Nullable Instant to, @Nullable Boolean open, int limit) {
        var sql = new StringBuilder("select * from appeals.appeal where channel = 'OPEN311'");
        var params = new java.util.HashMap<String, Object>();
        if (!numbers.isEmpty()) {
            sql.append(" and number in (:numbers)");
            params.put("numbers", numbers);
        }
        if (topic != null) {
            sql.append(" and topic = :topic");
            params.put("topic", topic);
        }
        if (from != null) {
            sql.append(" and received_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and received_at <= :to");
            params.put("to", Timestamp.from(to));
        }
        if (open != null) {
            sql.append(open ? " and status not in ('ANSWERED', 'LEFT_UNCONSIDERED')"
                    : " and status in ('ANSWERED', 'LEFT_UNCONSIDERED')");
        }
        sql.append(" order by received_at desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** The language the applicant filed in, which they are answered in. */
    public String language(String number) {
        return jdbc.sql("select language from appeals.appeal where number = ?").param(number).query(String.class)
                .single();
    }

    /** The e-mail and phone an applicant without an account gave. */
    public @Nullable String[] contact(String number) {
        return jdbc.sql("select contact_email, contact_phone from appeals.appeal where number = ?").param(number)
                .query((row, n) -> new String[] {row.getString("contact_email"), row.getString("contact_phone")})
                .single();
    }

    /** When anything last happened to the appeal. */
    public Instant updatedAt(String number) {
        return jdbc.sql("select max(at) from appeals.event where number = ?").param(number).query(Timestamp.class)
                .single().toInstant();
    }

    /** What an earlier appeal of the applicant said, to compare a new one with. */
    public record Earlier(String number, String text, AppealStatus status, @Nullable String earlier) {
    }

    public List<Earlier> earlierOf(Applicant applicant, Instant since) {
        var sql = applicant.id() != null
                ? "select number, body, status, earlier from appeals.appeal where applicant_id = :id"
                : """
                select number, body, status, earlier from appeals.appeal where applicant_id is null
                  and (contact_email = :email or contact_phone = :phone)""";
        return jdbc.sql(sql + " and received_at >= :since order by received_at desc limit 200")
                .param("id", applicant.id() == null ? null : applicant.id().value())
                .param("email", applicant.email()).param("phone", applicant.phone())
                .param("since", Timestamp.from(since))
                .query((row, n) -> new Earlier(row.getString("number"), row.getString("body"),
                        AppealStatus.valueOf(row.getString("status")), row.getString("earlier")))
                .list();
    }

    /** The steps of an appeal, oldest first. */
    public record Step(Instant at, String kind, String actor, @Nullable String note) {
    }

    public List<Step> steps(String number) {
        return jdbc.sql("select at, kind, actor, note from appeals.event where number = ? order by id").param(number)
                .query((row, n) -> new Step(row.getTimestamp("at").toInstant(), row.getString("kind"),
                        row.getString("actor"), row.getString("note")))
                .list();
    }

    private Appeal map(ResultSet row, int n) throws SQLException {
        var number = row.getString("number");
        var kind = AppealKind.valueOf(row.getString("kind"));
        var term = new Term(kind, row.getObject("registered_on", LocalDate.class),
                row.getObject("last_day", LocalDate.class), row.getObject("due", LocalDate.class),
                row.getBoolean("extended_study"), row.getBoolean("extended_head"));
        var coApplicants = jdbc.sql("select name from appeals.co_applicant where number = ? order by joined_at")
                .param(number).query(String.class).list();
        var attachments = jdbc.sql("""
                select position, filename, media_type, size, sha256 from appeals.attachment where number = ?
                order by position""").param(number)
                .query((a, i) -> new Appeal.Attachment(a.getInt("position"), a.getString("filename"),
                        a.getString("media_type"), a.getInt("size"), a.getString("sha256")))
                .list();
        return new Appeal(number, kind, Channel.valueOf(row.getString("channel")),
                AppealStatus.valueOf(row.getString("status")), row.getString("body"),
                row.getObject("applicant_id") == null ? null : new PersonId(row.getObject("applicant_id", UUID.class)),
                row.getString("applicant_name"),
                row.getString("entity_stir"), row.getString("entity_name"), coApplicants, row.getString("district"),
                (Double) row.getObject("latitude"), (Double) row.getObject("longitude"), row.getString("address"),
                row.getString("institution"), row.getString("topic"), row.getString("agency"),
                row.getString("escalated_to"),
                row.getString("earlier"), row.getString("conclusion"), row.getTimestamp("received_at").toInstant(),
                term, attachments);
    }
}
