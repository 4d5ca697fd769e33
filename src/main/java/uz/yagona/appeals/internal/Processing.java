package uz.yagona.appeals.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealKind;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.InvalidAppeal;
import uz.yagona.appeals.NewAppeal;
import uz.yagona.appeals.Topic;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.PersonId;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.notifications.Recipient;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Pinfl;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.WrongPin;

/**
 * What the responsible body does with an appeal: ask the applicant for more (which moves the term to a month of
 * receipt; the clock does not stop), forward it to the competent body with notice, give an interim answer, give
 * the final answer signed by the official; the head extends the term once. Overdue appeals escalate to the
 * superior body. Dispatchers route what the model was unsure of, and their choice is kept as training data.
 */
@Service
public class Processing {

    /** Roles: officers answer appeals of their body, heads extend terms, dispatchers route. */
    public static final String OFFICER = "APPEALS_OFFICER";
    public static final String HEAD = "APPEALS_HEAD";
    public static final String DISPATCHER = "APPEALS_DISPATCHER";

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    /** The most files an appeal carries with those its applicant adds in replies, as its table allows. */
    private static final int MOST_FILES = 10;

    private final AppealStore store;
    private final IntakeChecks checks;
    private final Deadlines deadlines;
    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Signatures signatures;
    private final Notifications notifications;
    private final Clock clock;

    Processing(AppealStore store, IntakeChecks checks, Deadlines deadlines, JdbcClient jdbc, Agencies agencies,
            Signatures signatures, Notifications notifications, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.signatures = signatures;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The official acting, as their token says: who, and at which bodies with which roles. */
    public record Official(PersonId id, Pinfl pinfl, String name, Set<String> agencies, Set<String> roles) {

        boolean may(String role) {
            return roles.contains(role);
        }
    }

    /** Refused: the appeal is not the official's body's, or not in a state for this step. */
    public static class Refused extends RuntimeException {

        private final String rule;
        private final boolean conflict;

        public Refused(String rule, boolean conflict) {
            super(rule);
            this.rule = rule;
            this.conflict = conflict;
        }

        public String rule() {
            return rule;
        }

        /** True when the appeal's state is wrong (409), false when the official may not act on it (403/404). */
        public boolean conflict() {
            return conflict;
        }
    }

    /** The appeals of the official's bodies (held or escalated to them) still to answer, soonest due first. */
    @Transactional(readOnly = true)
    public List<Appeal> queue(Official official, int limit) {
        if (!official.may(OFFICER) && !official.may(HEAD)) {
            throw new Refused("appeals.office.forbidden", false);
        }
        var numbers = jdbc.sql("""
                select number from appeals.appeal
                where (agency in (:agencies) or escalated_to in (:agencies))
                  and status in ('IN_REVIEW', 'INFO_REQUESTED')
                order by due, received_at limit :limit""")
                .param("agencies", List.copyOf(official.agencies())).param("limit", limit)
                .query(String.class).list();
        return numbers.stream().map(number -> store.find(number).orElseThrow()).toList();
    }

    /** One appeal of the official's bodies. */
    @Transactional(readOnly = true)
    public Appeal one(Official official, String number) {
        return store.find(number).filter(appeal -> ours(official, appeal))
                .orElseThrow(() -> new Refused("appeals.number.unknown", false));
    }

    /** An attachment of one appeal of the official's bodies, by its place in the appeal. */
    @Transactional(readOnly = true)
    public byte[] attachment(Official official, String number, int position) {
        return store.content(one(official, number).number(), position)
                .orElseThrow(() -> new Refused("appeals.number.unknown", false));
    }

    /** Asks the applicant for more: the term becomes a month of receipt (once), the clock runs on. */
    @Transactional
    public Appeal askForMore(Official official, String number, String question) {
        var appeal = open(official, number, OFFICER);
        var text = text("question", question, 2000);
        var term = appeal.term().extendedForStudy() || appeal.kind() == AppealKind.PROPOSAL ? appeal.term()
                : deadlines.forStudy(appeal.term());
        jdbc.sql("""
                update appeals.appeal set status = 'INFO_REQUESTED', last_day = ?, due = ?, extended_study = ?
                where number = ?""").params(term.lastDay(), term.due(), term.extendedForStudy(), number).update();
        store.event(number, clock.instant(), "INFO_REQUESTED", "OFFICER", text);
        notify(appeal, "appealInfoRequested", List.of(number, text, term.due()));
        return store.find(number).orElseThrow();
    }

    /** The applicant's reply to a request for more: back in review, the term as it stands. */
    @Transactional
    public Appeal reply(PersonId applicant, String number, String reply) {
        return reply(applicant, number, reply, null);
    }

    /**
     * The applicant's reply to a request for more, with a file by the rules of an appeal's files if given: back in
     * review, the term as it stands.
     *
     * @throws InvalidAppeal naming {@code reply} or {@code attachment}; nothing is stored then
     */
    @Transactional
    public Appeal reply(PersonId applicant, String number, String reply, NewAppeal.@Nullable Upload attachment) {
        var appeal = store.lock(number).filter(a -> applicant.equals(a.applicantId()))
                .orElseThrow(() -> new Refused("appeals.number.unknown", false));
        if (appeal.status() != AppealStatus.INFO_REQUESTED) {
            throw new Refused("appeals.office.state", true);
        }
        var broken = new LinkedHashMap<String, InvalidAppeal.Rule>();
        String text = null;
        try {
            text = text("reply", reply, 20_000);
        } catch (InvalidAppeal invalid) {
            broken.putAll(invalid.fields());
        }
        IntakeChecks.File file = null;
        if (attachment != null) {
            var position = store.nextPosition(number);
            if (position > MOST_FILES) {
                broken.put("attachment", new InvalidAppeal.Rule("appeals.attachments.tooMany",
                        String.valueOf(MOST_FILES)));
            } else {
                file = checks.file(attachment, position, "attachment", broken);
            }
        }
        if (!broken.isEmpty() || text == null) {
            throw new InvalidAppeal(broken);
        }
        jdbc.sql("update appeals.appeal set status = 'IN_REVIEW' where number = ?").param(number).update();
        if (file != null) {
            store.attach(number, file.attachment(), file.content());
        }
        store.event(number, clock.instant(), "APPLICANT_REPLIED", "APPLICANT", text);
        return store.find(number).orElseThrow();
    }

    /** Forwards the appeal to the competent body, telling the applicant; the term runs on from receipt. */
    @Transactional
    public Appeal forward(Official official, String number, String agency, String reason) {
        var appeal = open(official, number, OFFICER);
        var target = agencies.findByCode(agency.strip())
                .orElseThrow(() -> new InvalidAppeal("agency", "appeals.office.agencyUnknown"));
        var why = text("reason", reason, 2000);
        jdbc.sql("update appeals.appeal set agency = ?, escalated_to = null, status = 'IN_REVIEW' where number = ?")
                .params(target.code(), number).update();
        store.event(number, clock.instant(), "FORWARDED", "OFFICER", appeal.agency() + " → " + target.code() + ": "
                + why);
        notify(appeal, "appealForwarded", List.of(number, target.code(), why));
        return store.find(number).orElseThrow();
    }

    /** An interim answer: what is being done, before the final one. */
    @Transactional
    public Appeal interim(Official official, String number, String answer) {
        var appeal = open(official, number, OFFICER);
        var text = text("answer", answer, 20_000);
        jdbc.sql("update appeals.appeal set interim_answer = ? where number = ?").params(text, number).update();
        store.event(number, clock.instant(), "INTERIM_ANSWER", "OFFICER", text);
        notify(appeal, "appealInterim", List.of(number));
        return store.find(number).orElseThrow();
    }

    /** The final answer, signed by the official with their kept key; the appeal is answered. */
    @Transactional
    public Appeal answer(Official official, String number, String answer, String keySerial, String pin) {
        var appeal = open(official, number, OFFICER);
        var text = text("answer", answer, 20_000);
        byte[] signature;
        try {
            signature = signatures.sign(official.pinfl(), keySerial, pin, text.getBytes(StandardCharsets.UTF_8));
        } catch (WrongPin wrong) {
            throw new InvalidAppeal("pin", wrong.rule());
        } catch (InvalidValueException refused) {
            throw new InvalidAppeal("keySerial", refused.rule(), refused.arguments());
        }
        var report = signatures.verify(text.getBytes(StandardCharsets.UTF_8), signature);
        var signer = report.signers().isEmpty() ? null : report.signers().getFirst().name();
        var now = clock.instant();
        var body = appeal.escalatedTo() != null && official.agencies().contains(appeal.escalatedTo())
                ? appeal.escalatedTo() : appeal.agency();
        jdbc.sql("""
                insert into appeals.answer (number, body, official_id, official_name, agency, signature, signer,
                    answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(number, text, official.id().value(), official.name(), body, signature, signer,
                        Timestamp.from(now))
                .update();
        jdbc.sql("update appeals.appeal set status = 'ANSWERED', answered_at = ? where number = ?")
                .params(Timestamp.from(now), number).update();
        store.event(number, now, "ANSWERED", "OFFICER", official.name());
        notify(appeal, "appealAnswered", List.of(number));
        return store.find(number).orElseThrow();
    }

    /** The head of the body extends the term once, up to a month more, telling the applicant. */
    @Transactional
    public Appeal extend(Official official, String number, LocalDate until, String reason) {
        var appeal = open(official, number, HEAD);
        var why = text("reason", reason, 2000);
        var term = deadlines.extendedByHead(appeal.term(), until);
        jdbc.sql("update appeals.appeal set last_day = ?, due = ?, extended_head = true where number = ?")
                .params(term.lastDay(), term.due(), number).update();
        store.event(number, clock.instant(), "EXTENDED", "OFFICER", term.due() + ": " + why);
        notify(appeal, "appealExtended", List.of(number, term.due(), why));
        return store.find(number).orElseThrow();
    }

    /**
     * Escalates every appeal overdue on {@code today} (unanswered after its due day) to the superior body of the
     * one holding it, once per level, as a recorded decision; the superior sees it in its queue.
     *
     * @return the numbers escalated
     */
    @Transactional
    public List<String> escalateOverdue(LocalDate today) {
        var overdue = jdbc.sql("""
                select number, agency, escalated_to from appeals.appeal
                where status in ('IN_REVIEW', 'INFO_REQUESTED') and due < ? and agency is not null
                order by due limit 1000 for update skip locked""").param(today)
                .query((row, n) -> new String[] {row.getString("number"), row.getString("agency"),
                    row.getString("escalated_to")})
                .list();
        var escalated = new java.util.ArrayList<String>();
        for (var row : overdue) {
            var holder = row[2] != null ? row[2] : row[1];
            var superior = agencies.findByCode(holder).flatMap(agency -> agency.parent() == null
                    ? java.util.Optional.empty() : agencies.find(agency.parent()));
            if (superior.isEmpty() || row[2] != null && row[2].equals(superior.get().code())) {
                continue;
            }
            var number = row[0];
            var now = clock.instant();
            jdbc.sql("update appeals.appeal set escalated_to = ?, escalated_at = ? where number = ?")
                    .params(superior.get().code(), Timestamp.from(now), number).update();
            var inputs = new LinkedHashMap<String, Object>();
            inputs.put("holder", holder);
            inputs.put("today", today.toString());
            store.decision(number, "ESCALATION", null, inputs, superior.get().code(),
                    List.of("unanswered after the legal term: ZRU-445 art. 28"), now);
            store.event(number, now, "ESCALATED", "SYSTEM", holder + " → " + superior.get().code());
            store.find(number).ifPresent(appeal -> notify(appeal, "appealEscalated",
                    List.of(number, superior.get().code())));
            escalated.add(number);
        }
        return escalated;
    }

    /** Appeals waiting for a dispatcher, oldest first. */
    @Transactional(readOnly = true)
    public List<Appeal> dispatchQueue(Official official, int limit) {
        if (!official.may(DISPATCHER)) {
            throw new Refused("appeals.office.forbidden", false);
        }
        return jdbc.sql("select number from appeals.appeal where status = 'AWAITING_DISPATCH' order by received_at "
                + "limit ?").param(limit).query(String.class).list().stream()
                .map(number -> store.find(number).orElseThrow()).toList();
    }

    /** The model's guess at routing the appeal, for a dispatcher deciding where it goes. */
    @Transactional(readOnly = true)
    public java.util.Optional<AppealStore.Guess> guess(Official official, String number) {
        if (!official.may(DISPATCHER)) {
            throw new Refused("appeals.office.forbidden", false);
        }
        return store.guess(number);
    }

    /**
     * A dispatcher routes an appeal (waiting, or already routed by the model and wrongly): the choice becomes the
     * appeal's topic and body, and is kept with the model's guess as training data.
     */
    @Transactional
    public Appeal route(Official official, String number, String topic, String agency) {
        if (!official.may(DISPATCHER)) {
            throw new Refused("appeals.office.forbidden", false);
        }
        var appeal = store.lock(number).orElseThrow(() -> new Refused("appeals.number.unknown", false));
        if (appeal.status() != AppealStatus.AWAITING_DISPATCH && appeal.status() != AppealStatus.IN_REVIEW) {
            throw new Refused("appeals.office.state", true);
        }
        if (Topic.ofCode(topic).isEmpty()) {
            throw new InvalidAppeal("topic", "appeals.topic.unknown");
        }
        var target = agencies.findByCode(agency.strip())
                .orElseThrow(() -> new InvalidAppeal("agency", "appeals.office.agencyUnknown"));
        var model = jdbc.sql("""
                select model_version, inputs ->> 'topic' as topic from appeals.decision
                where number = ? and kind = 'ROUTING' order by decided_at desc limit 1""").param(number)
                .query((row, n) -> new String[] {row.getString("model_version"), row.getString("topic")})
                .optional().orElse(new String[] {null, null});
        var now = clock.instant();
        jdbc.sql("""
                insert into appeals.correction (id, number, body, model_topic, model_version, topic, agency,
                    dispatcher_id, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), number, appeal.text(), model[1], model[0], topic, target.code(),
                        official.id().value(), Timestamp.from(now))
                .update();
        store.routed(number, AppealStatus.IN_REVIEW, topic, target.code(), "DISPATCHER");
        store.event(number, now, "ROUTED", "DISPATCHER", topic + " → " + target.code());
        return store.find(number).orElseThrow();
    }

    /** The applicant rates the final answer once, 1 to 5, with an optional comment. */
    @Transactional
    public void rate(PersonId applicant, String number, int score, @Nullable String comment) {
        var appeal = store.lock(number).filter(a -> applicant.equals(a.applicantId()))
                .orElseThrow(() -> new Refused("appeals.number.unknown", false));
        if (appeal.status() != AppealStatus.ANSWERED) {
            throw new Refused("appeals.rating.notAnswered", true);
        }
        if (score < 1 || score > 5) {
            throw new InvalidAppeal("score", "appeals.rating.score");
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidAppeal("comment", "appeals.field.tooLong", "2000");
        }
        var inserted = jdbc.sql("""
                insert into appeals.rating (number, score, comment, rated_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(number, score, comment == null || comment.isBlank() ? null : comment.strip(),
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new Refused("appeals.rating.once", true);
        }
        store.event(number, clock.instant(), "RATED", "APPLICANT", String.valueOf(score));
    }

    /** The applicant's rating of the answer: 1 to 5 and a comment, if any. */
    public record Rating(int score, @Nullable String comment) {
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Rating> ratingOf(String number) {
        return jdbc.sql("select score, comment from appeals.rating where number = ?").param(number)
                .query((row, n) -> new Rating(row.getInt("score"), row.getString("comment"))).optional();
    }

    /**
     * The superior body a complaint about the answer to {@code answered} goes to: the parent of the body that
     * answered. Refused when the appeal is not answered, the term for complaining (a year of the answer) passed,
     * or the body has no superior.
     */
    @Transactional(readOnly = true)
    public String superiorFor(Appeal answered) {
        var answer = answerOf(answered.number()).orElseThrow(() -> new Refused("appeals.rating.notAnswered", true));
        var until = deadlines.superiorComplaintUntil(answer.answeredAt().atZone(TASHKENT).toLocalDate());
        if (today().isAfter(until)) {
            throw new Refused("appeals.complaint.late", true);
        }
        return agencies.findByCode(answer.agency()).flatMap(agency -> agency.parent() == null
                ? java.util.Optional.empty() : agencies.find(agency.parent()))
                .orElseThrow(() -> new Refused("appeals.complaint.noSuperior", true)).code();
    }

    /** The signed answer of an answered appeal. */
    public record Answer(String text, String officialName, String agency, byte[] signature, @Nullable String signer,
            java.time.Instant answeredAt) {
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Answer> answerOf(String number) {
        return jdbc.sql("select * from appeals.answer where number = ?").param(number)
                .query((row, n) -> new Answer(row.getString("body"), row.getString("official_name"),
                        row.getString("agency"), row.getBytes("signature"), row.getString("signer"),
                        row.getTimestamp("answered_at").toInstant()))
                .optional();
    }

    /** Today in Tashkent, for the officers' days left. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TASHKENT));
    }

    private Appeal open(Official official, String number, String role) {
        if (!official.may(role)) {
            throw new Refused("appeals.office.forbidden", false);
        }
        var appeal = store.lock(number).filter(a -> ours(official, a))
                .orElseThrow(() -> new Refused("appeals.number.unknown", false));
        if (appeal.status() != AppealStatus.IN_REVIEW && appeal.status() != AppealStatus.INFO_REQUESTED) {
            throw new Refused("appeals.office.state", true);
        }
        return appeal;
    }

    private static boolean ours(Official official, Appeal appeal) {
        return appeal.agency() != null && official.agencies().contains(appeal.agency())
                || appeal.escalatedTo() != null && official.agencies().contains(appeal.escalatedTo());
    }

    private static String text(String field, @Nullable String value, int max) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidAppeal(field, "appeals.field.required");
        }
        if (text.length() > max) {
            throw new InvalidAppeal(field, "appeals.field.tooLong", String.valueOf(max));
        }
        return text;
    }

    private void notify(Appeal appeal, String template, List<?> args) {
        var language = Locale.forLanguageTag(store.language(appeal.number()));
        if (appeal.applicantId() != null) {
            notifications.notify(appeal.applicantId(), language, template, args, Set.of(Channel.IN_APP,
                    Channel.EMAIL));
        } else {
            var contact = store.contact(appeal.number());
            notifications.notify(new Recipient(PersonId.random(), language, contact[0], contact[1]), template, args,
                    Set.of(Channel.EMAIL, Channel.SMS));
        }
    }
}
