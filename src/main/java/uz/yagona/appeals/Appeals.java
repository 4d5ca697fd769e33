package uz.yagona.appeals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.appeals.internal.AppealStore;
import uz.yagona.appeals.internal.Deadlines;
import uz.yagona.appeals.internal.Dispatch;
import uz.yagona.appeals.internal.IntakeChecks;
import uz.yagona.appeals.internal.IntakeSettings;
import uz.yagona.appeals.internal.Processing;
import uz.yagona.appeals.internal.Repeats;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.PersonId;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.notifications.Recipient;
import uz.yagona.shared.Pinfl;

/**
 * Receives appeals of individuals and legal entities (ZRU-445): checks the fields, registers the appeal the same
 * working day (or the next) with its legal term, links a repeat to the earlier appeal on the same matter, leaves
 * unconsidered with a conclusion what the law says to (a representative without proof of authority, a repeat of
 * an answered question without new arguments), routes the rest, and tells the applicant.
 */
@Service
public class Appeals {

    private final AppealStore store;
    private final IntakeChecks checks;
    private final Deadlines deadlines;
    private final Repeats repeats;
    private final Dispatch dispatch;
    private final Processing processing;
    private final IntakeSettings settings;
    private final LegalEntities entities;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appeals(AppealStore store, IntakeChecks checks, Deadlines deadlines, Repeats repeats, Dispatch dispatch,
            Processing processing, IntakeSettings settings, LegalEntities entities, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.deadlines = deadlines;
        this.repeats = repeats;
        this.dispatch = dispatch;
        this.processing = processing;
        this.settings = settings;
        this.entities = entities;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an appeal. A retry with the idempotency key of an earlier call returns that appeal.
     *
     * @throws InvalidAppeal naming each broken field; nothing is stored then
     */
    @Transactional
    public Appeal submit(NewAppeal appeal, Applicant applicant) {
        return register(appeal, applicant, null);
    }

    /**
     * Complains about the answer to the applicant's appeal {@code number} to the superior body of the one that
     * answered (ZRU-445: within a year): a new complaint linked to the appeal, held by the superior body.
     *
     * @throws Processing.Refused when the appeal is not the applicant's, not answered, or the term passed
     */
    @Transactional
    public Appeal complainAbove(String number, Applicant applicant, @Nullable String text,
            uz.yagona.appeals.Channel channel, Locale language) {
        var person = Objects.requireNonNull(applicant.id(), "a signed-in applicant");
        var answered = mine(number, person).orElseThrow(() -> new Processing.Refused("appeals.number.unknown",
                false));
        var superior = processing.superiorFor(answered);
        var complaint = register(new NewAppeal(AppealKind.COMPLAINT, text, channel, language, null,
                answered.district(), null, null, null, answered.institution(), answered.topic(), List.of(), null),
                applicant, new Above(answered.number(), superior));
        // the answered appeal's steps lead to the complaint, as the complaint's link leads back
        store.event(answered.number(), clock.instant(), "COMPLAINED_ABOVE", "APPLICANT", complaint.number());
        return complaint;
    }

    /** Where a complaint about an answer goes, instead of being routed: the superior body. */
    private record Above(String answered, String superior) {
    }

    private Appeal register(NewAppeal appeal, Applicant applicant, @Nullable Above above) {
        if (applicant.id() != null && appeal.idempotencyKey() != null && !appeal.idempotencyKey().isBlank()) {
            var first = store.byIdempotencyKey(applicant.id(), appeal.idempotencyKey());
            if (first.isPresent()) {
                return store.find(first.get()).orElseThrow();
            }
        }
        var checked = checks.check(appeal);
        var kind = Objects.requireNonNull(appeal.kind());
        var receivedAt = clock.instant();
        var term = deadlines.term(kind, deadlines.registrationDay(receivedAt));
        var number = store.nextNumber(term.registeredOn());

        String entityName = null;
        boolean authority = true;
        AppealStatus status = AppealStatus.REGISTERED;
        String conclusion = null;
        if (checked.entity() != null) {
            var entity = entities.findByStir(checked.entity());
            entityName = entity.map(e -> e.name()).orElse(checked.entity().value());
            var person = applicant.id();
            authority = entity.isPresent() && person != null && entities.representedBy(person).stream()
                    .anyMatch(r -> r.entity().id().equals(entity.get().id()));
            if (!authority) {
                status = AppealStatus.LEFT_UNCONSIDERED;
                conclusion = "appeals.conclusion.noAuthority";
            }
        }
        // a complaint about an answer is not a repeat of the appeal it complains about
        var repeat = above != null ? Optional.<Repeats.Repeat>empty() : repeats.find(applicant, checked.text(),
                receivedAt.minus(Duration.ofDays(settings.repeatWithinDays())));
        if (repeat.isPresent() && status == AppealStatus.REGISTERED && repeat.get().noNewArguments()) {
            status = AppealStatus.LEFT_UNCONSIDERED;
            conclusion = "appeals.conclusion.repeat";
        }
        var row = new AppealStore.Row(number, kind, appeal.channel(), appeal.language().toLanguageTag(),
                checked.text(), applicant, checked.entity() == null ? null : checked.entity().value(), entityName,
                authority, checked.district(), appeal.latitude(), appeal.longitude(), checked.address(),
                checked.institution(), checked.topic(), status, conclusion,
                above != null ? above.answered() : repeat.map(Repeats.Repeat::earlier).orElse(null), receivedAt, term,
                appeal.idempotencyKey());
        try {
            store.insert(row);
        } catch (DuplicateKeyException raced) {
            // the same idempotency key twice at once: the first one stored answers both
            var first = appeal.idempotencyKey() == null || applicant.id() == null ? Optional.<String>empty()
                    : store.byIdempotencyKey(applicant.id(), appeal.idempotencyKey());
            return store.find(first.orElseThrow(() -> raced)).orElseThrow();
        }
        checked.files().forEach(file -> store.attach(number, file.attachment(), file.content()));
        store.event(number, receivedAt, "REGISTERED", "APPLICANT", null);
        repeat.ifPresent(found -> {
            var inputs = new LinkedHashMap<String, Object>();
            inputs.put("earlier", found.earlier());
            inputs.put("similarity", found.similarity());
            inputs.put("newWordsShare", found.newWordsShare());
            inputs.put("earlierAnswered", found.earlierAnswered());
            store.decision(number, "REPEAT", null, inputs, found.noNewArguments() ? "NOT_REVIEWED_AGAIN" : "LINKED",
                    List.of("appeals.decision.repeat"), receivedAt);
        });
        if (conclusion != null) {
            store.event(number, receivedAt, "LEFT_UNCONSIDERED", "SYSTEM", conclusion);
        } else if (above != null) {
            status = AppealStatus.IN_REVIEW;
            store.routed(number, status, checked.topic(), above.superior(), "APPLICANT");
            var inputs = new LinkedHashMap<String, Object>();
            inputs.put("answered", above.answered());
            store.decision(number, "ROUTING", null, inputs, above.superior(),
                    List.of("a complaint about an answer goes to the superior body of the one that answered"),
                    receivedAt);
            store.event(number, receivedAt, "ROUTED", "SYSTEM", above.answered() + " → " + above.superior());
        } else {
            status = dispatch.route(store.find(number).orElseThrow());
        }
        var registered = store.find(number).orElseThrow();
        var args = List.of(number, registered.term().due());
        if (applicant.id() != null) {
            notifications.notify(applicant.id(), appeal.language(), "appealRegistered", args,
                    Set.of(Channel.IN_APP, Channel.EMAIL));
        } else {
            // an Open311 applicant has no cabinet: the e-mail or SMS they gave is where they hear from us
            notifications.notify(new Recipient(PersonId.random(), appeal.language(), applicant.email(),
                    applicant.phone()), "appealRegistered", args, Set.of(Channel.EMAIL, Channel.SMS));
        }
        events.publishEvent(new AppealRegistered(number, kind, status));
        return registered;
    }

    /** An appeal its applicant or a co-applicant may read; empty for anybody else. */
    @Transactional(readOnly = true)
    public Optional<Appeal> mine(String number, PersonId person) {
        return store.isParty(number, person) ? store.find(number) : Optional.empty();
    }

    /** A file of an appeal its applicant or a co-applicant may download; empty for anybody else. */
    @Transactional(readOnly = true)
    public Optional<Download> attachment(String number, int position, PersonId person) {
        return mine(number, person).flatMap(appeal -> appeal.attachments().stream()
                .filter(a -> a.position() == position).findFirst()
                .flatMap(a -> store.content(number, position).map(content -> new Download(a, content))));
    }

    /** A stored file with its bytes. */
    public record Download(Appeal.Attachment attachment, byte[] content) {

        public Download {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** The appeals a person filed or joined, newest first. */
    @Transactional(readOnly = true)
    public List<Appeal> mine(PersonId person) {
        return store.of(person, 200);
    }

    /**
     * Joins a collective appeal as a co-applicant. Refused for the appeal's own applicant and once the appeal is
     * answered or left unconsidered.
     */
    @Transactional
    public Appeal join(String number, PersonId person, Pinfl pinfl, String name) {
        var appeal = store.lock(number).orElseThrow(() -> new InvalidAppeal("number", "appeals.number.unknown"));
        if (person.equals(appeal.applicantId())) {
            throw new InvalidAppeal("number", "appeals.join.own");
        }
        if (appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.LEFT_UNCONSIDERED) {
            throw new InvalidAppeal("number", "appeals.join.closed");
        }
        store.join(number, person, pinfl.value(), name, clock.instant());
        store.event(number, clock.instant(), "JOINED", "APPLICANT", name);
        return store.find(number).orElseThrow();
    }

    /**
     * Located appeals filed through Open311, which the GeoReport API shows anyone (without the applicant's name or
     * contacts), newest first.
     */
    @Transactional(readOnly = true)
    public List<Appeal> located(List<String> numbers, @Nullable String topic, @Nullable Instant from,
            @Nullable Instant to, @Nullable Boolean open, int limit) {
        return store.located(numbers, topic, from, to, open, limit);
    }

    /** When anything last happened to the appeal. */
    @Transactional(readOnly = true)
    public Instant updatedAt(String number) {
        return store.updatedAt(number);
    }

    /** The steps of an appeal, oldest first, for whoever may read it. */
    @Transactional(readOnly = true)
    public List<Step> steps(String number) {
        return store.steps(number).stream().map(s -> new Step(s.at(), s.kind(), s.actor(), s.note()))
                .sorted(Comparator.comparing(Step::at)).toList();
    }

    /** One step of an appeal: what happened, when, by whom, with a note. */
    public record Step(Instant at, String kind, String actor, @Nullable String note) {
    }
}
