package uz.yagona.appeals;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import uz.yagona.appeals.internal.Repeats;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.PersonId;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;

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
    private final IntakeSettings settings;
    private final LegalEntities entities;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appeals(AppealStore store, IntakeChecks checks, Deadlines deadlines, Repeats repeats, Dispatch dispatch,
            IntakeSettings settings, LegalEntities entities, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.deadlines = deadlines;
        this.repeats = repeats;
        this.dispatch = dispatch;
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
        if (appeal.idempotencyKey() != null && !appeal.idempotencyKey().isBlank()) {
            var first = store.byIdempotencyKey(applicant.id(), appeal.idempotencyKey());
            if (first.isPresent()) {
                return store.find(first.get()).orElseThrow();
            }
        }
        var checked = checks.check(appeal);
        var kind = java.util.Objects.requireNonNull(appeal.kind());
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
            authority = entity.isPresent() && entities.representedBy(applicant.id()).stream()
                    .anyMatch(r -> r.entity().id().equals(entity.get().id()));
            if (!authority) {
                status = AppealStatus.LEFT_UNCONSIDERED;
                conclusion = "appeals.conclusion.noAuthority";
            }
        }
        var repeat = repeats.find(applicant.id(), checked.text(), receivedAt.minus(
                Duration.ofDays(settings.repeatWithinDays())));
        if (repeat.isPresent() && status == AppealStatus.REGISTERED && repeat.get().noNewArguments()) {
            status = AppealStatus.LEFT_UNCONSIDERED;
            conclusion = "appeals.conclusion.repeat";
        }
        var row = new AppealStore.Row(number, kind, appeal.channel(), appeal.language().toLanguageTag(),
                checked.text(), applicant, checked.entity() == null ? null : checked.entity().value(), entityName,
                authority, checked.district(), appeal.latitude(), appeal.longitude(), checked.address(),
                checked.institution(), status, conclusion, repeat.map(Repeats.Repeat::earlier).orElse(null),
                receivedAt, term, appeal.idempotencyKey());
        try {
            store.insert(row);
        } catch (DuplicateKeyException raced) {
            // the same idempotency key twice at once: the first one stored answers both
            var first = appeal.idempotencyKey() == null ? Optional.<String>empty()
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
        } else {
            status = dispatch.route(store.find(number).orElseThrow());
        }
        var registered = store.find(number).orElseThrow();
        notifications.notify(applicant.id(), appeal.language(), "appealRegistered",
                List.of(number, registered.term().due()), Set.of(Channel.IN_APP, Channel.EMAIL));
        events.publishEvent(new AppealRegistered(number, kind, status));
        return registered;
    }

    /** An appeal its applicant or a co-applicant may read; empty for anybody else. */
    @Transactional(readOnly = true)
    public Optional<Appeal> mine(String number, PersonId person) {
        return store.isParty(number, person) ? store.find(number) : Optional.empty();
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
    public Appeal join(String number, Applicant person) {
        var appeal = store.lock(number).orElseThrow(() -> new InvalidAppeal("number", "appeals.number.unknown"));
        if (appeal.applicantId().equals(person.id())) {
            throw new InvalidAppeal("number", "appeals.join.own");
        }
        if (appeal.status() == AppealStatus.ANSWERED || appeal.status() == AppealStatus.LEFT_UNCONSIDERED) {
            throw new InvalidAppeal("number", "appeals.join.closed");
        }
        store.join(number, person, clock.instant());
        store.event(number, clock.instant(), "JOINED", "APPLICANT", person.name());
        return store.find(number).orElseThrow();
    }

    /** The steps of an appeal, oldest first, for whoever may read it. */
    @Transactional(readOnly = true)
    public List<Step> steps(String number) {
        return store.steps(number).stream().map(s -> new Step(s.at(), s.kind(), s.actor(), s.note()))
                .sorted(Comparator.comparing(Step::at)).toList();
    }

    /** One step of an appeal: what happened, when, by whom, with a note. */
    public record Step(java.time.Instant at, String kind, String actor, @Nullable String note) {
    }
}
