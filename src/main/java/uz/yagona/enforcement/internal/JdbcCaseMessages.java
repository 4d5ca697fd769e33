package uz.yagona.enforcement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.CaseMessage;
import uz.yagona.enforcement.CaseMessages;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.identity.Agencies;
import uz.yagona.identity.Officer;
import uz.yagona.identity.Officers;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.shared.InvalidValueException;

@Service
class JdbcCaseMessages implements CaseMessages {

    private static final Locale UZBEK = Locale.forLanguageTag("uz");

    private final JdbcClient jdbc;
    private final EnforcementCases cases;
    private final Persons persons;
    private final Agencies agencies;
    private final Officers officers;
    private final Notifications notifications;
    private final Clock clock;

    JdbcCaseMessages(JdbcClient jdbc, EnforcementCases cases, Persons persons, Agencies agencies, Officers officers,
            Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.persons = persons;
        this.agencies = agencies;
        this.officers = officers;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public List<CaseMessage> thread(String caseNumber) {
        return jdbc.sql("select id, case_number, side, author, author_name, body, sent_at from enforcement.message "
                        + "where case_number = ? order by sent_at, id")
                .param(caseNumber)
                .query((row, n) -> new CaseMessage(row.getObject(1, UUID.class), row.getString(2),
                        CaseMessage.Side.valueOf(row.getString(3)), new PersonId(row.getObject(4, UUID.class)),
                        row.getString(5), row.getString(6), row.getTimestamp(7).toInstant()))
                .list();
    }

    @Override
    @Transactional
    public CaseMessage send(String caseNumber, CaseMessage.Side side, PersonId author, String text) {
        var body = text.strip();
        if (body.isEmpty()) {
            throw new InvalidValueException("enforcement.message.empty", "A message has some text");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidValueException("enforcement.message.tooLong", "A message has at most " + MAX_LENGTH
                    + " characters", MAX_LENGTH, body.length());
        }
        var c = cases.find(caseNumber).orElseThrow(() -> new InvalidValueException("enforcement.case.unknown",
                "No case " + caseNumber, caseNumber));
        var name = persons.find(author).map(p -> p.latin().last() + " " + p.latin().first())
                .orElseThrow(() -> new IllegalArgumentException("No person " + author.value()));
        var message = new CaseMessage(UUID.randomUUID(), c.number(), side, author, name, body,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("insert into enforcement.message (id, case_number, side, author, author_name, body, sent_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(message.id(), c.number(), side.name(), author.value(), name, body,
                        Timestamp.from(message.sentAt()))
                .update();
        var template = side == CaseMessage.Side.DEBTOR ? "enforcement-message-to-officer"
                : "enforcement-message-to-debtor";
        for (var recipient : otherSide(c, side, author)) {
            notifications.notify(recipient, UZBEK, template, List.of(c.number(), name), Set.of(Channel.IN_APP));
        }
        return message;
    }

    /**
     * Whom a message is for: the debtor (a person by PINFL; for an entity, those who wrote for it in the thread),
     * or the case's officer (every officer of the department while none is assigned).
     */
    private Set<PersonId> otherSide(EnforcementCase c, CaseMessage.Side side, PersonId author) {
        var recipients = new LinkedHashSet<PersonId>();
        if (side == CaseMessage.Side.OFFICER) {
            if (c.debtor().isPerson()) {
                persons.findByPinfl(c.debtor().pinfl()).ifPresent(p -> recipients.add(p.id()));
            } else {
                thread(c.number()).stream().filter(m -> m.side() == CaseMessage.Side.DEBTOR)
                        .forEach(m -> recipients.add(m.author()));
            }
        } else {
            var department = agencies.findByCode(c.agency()).map(a -> officers.at(a.id(), Assignment.ROLE))
                    .orElse(List.of());
            department.stream().filter(o -> c.officer() == null || o.id().equals(c.officer()))
                    .map(Officer::person).forEach(recipients::add);
        }
        recipients.remove(author);
        return recipients;
    }
}
