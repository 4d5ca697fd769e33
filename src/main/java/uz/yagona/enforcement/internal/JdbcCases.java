package uz.yagona.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.AutomatedDecision;
import uz.yagona.enforcement.CaseHandler;
import uz.yagona.enforcement.CaseOpened;
import uz.yagona.enforcement.CaseStatus;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.CloseReason;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.Party;
import uz.yagona.enforcement.Writ;
import uz.yagona.enforcement.WritStatus;
import uz.yagona.identity.Persons;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.payments.NewInvoice;
import uz.yagona.payments.Payer;
import uz.yagona.payments.Payments;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

@Service
class JdbcCases implements EnforcementCases {

    private static final Logger log = LoggerFactory.getLogger(JdbcCases.class);
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Locale UZBEK = Locale.forLanguageTag("uz");
    static final String COLUMNS = "c.number, c.writ_number, c.debtor_pinfl, c.debtor_stir, w.debtor_name, "
            + "c.agency, c.officer, c.claim_type, c.amount_tiyin, c.recovered_tiyin, c.status, c.voluntary_until, "
            + "c.invoice_number, c.opened_at, c.closed_at, c.handler, c.close_reason";
    static final String FROM = " from enforcement.enforcement_case c "
            + "join enforcement.writ w on w.number = c.writ_number ";

    private final JdbcClient jdbc;
    private final JdbcWrits writs;
    private final Assignment assignment;
    private final Decisions decisions;
    private final Payments payments;
    private final Notifications notifications;
    private final Persons persons;
    private final Numbers numbers;
    private final JdbcPublicDebtors publicDebtors;
    private final EnforcementSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcCases(JdbcClient jdbc, JdbcWrits writs, Assignment assignment, Decisions decisions, Payments payments,
            Notifications notifications, Persons persons, Numbers numbers, JdbcPublicDebtors publicDebtors,
            EnforcementSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.writs = writs;
        this.assignment = assignment;
        this.decisions = decisions;
        this.payments = payments;
        this.notifications = notifications;
        this.persons = persons;
        this.numbers = numbers;
        this.publicDebtors = publicDebtors;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<EnforcementCase> open(String writNumber) {
        // one opener at a time per writ: the writ's row lock, then the unique writ_number as the last word
        jdbc.sql("select number from enforcement.writ where number = ? for update").param(writNumber)
                .query(String.class).optional();
        var existing = ofWrit(writNumber);
        if (existing.isPresent()) {
            return existing;
        }
        var verification = writs.verifyAnchored(writNumber);
        var writ = verification.writ();
        if (writ.status() == WritStatus.SIGNED && verification.ledgerIndex() == null) {
            // signed, but the ledger has not logged it yet: fail, so the event is delivered again
            throw new IllegalStateException("Writ " + writNumber + " is not in the ledger yet");
        }
        if (!verification.genuine()) {
            decisions.record(null, writNumber, "WRIT_REFUSED", "writ-genuine/v1",
                    decisions.inputs("signatureValid", verification.signatureValid(), "intact", verification.intact(),
                            "proofValid", verification.proofValid(), "status", writ.status().name()),
                    "REFUSED", "The writ is not signed, or its signature or ledger record does not hold: no case.");
            log.warn("Writ {} is not genuine; no enforcement case opened", writNumber);
            return Optional.empty();
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var number = numbers.next("IJ", "IJ-%04d-%07d", now);
        var chosen = assignment.choose(writ, number);
        var voluntaryUntil = LocalDate.ofInstant(now, TASHKENT).plusDays(settings.voluntaryDays());
        var invoice = writ.amount() == null ? null : payments.issue(new NewInvoice(payer(writ.debtor()),
                "Ijro ishi " + number + " (ijro varaqasi " + writNumber + ")", writ.amount(), number,
                voluntaryUntil));
        jdbc.sql("insert into enforcement.enforcement_case (number, writ_number, debtor_pinfl, debtor_stir, agency, "
                        + "officer, claim_type, amount_tiyin, status, voluntary_until, invoice_id, invoice_number, "
                        + "opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(number, writNumber, pinfl(writ.debtor()), stir(writ.debtor()), chosen.agency(),
                        chosen.officer(), writ.claimType().name(),
                        writ.amount() == null ? null : writ.amount().tiyin(), CaseStatus.OPEN.name(), voluntaryUntil,
                        invoice == null ? null : invoice.id().value(), invoice == null ? null : invoice.number(),
                        Timestamp.from(now))
                .update();
        publicDebtors.opened(number, writ.debtor());
        decisions.record(number, writNumber, "ASSIGNMENT", Assignment.RULE, chosen.inputs(),
                chosen.officer() == null ? "UNASSIGNED" : chosen.officer().toString(), chosen.reason());
        notifyDebtor(writ, number, voluntaryUntil, invoice == null ? null : invoice.number());
        events.publishEvent(new CaseOpened(number, writNumber));
        return find(number);
    }

    /** The debtor hears of the case in the cabinet, by e-mail and by SMS, with the period and how to pay. */
    private void notifyDebtor(Writ writ, String number, LocalDate voluntaryUntil, @Nullable String invoice) {
        if (!writ.debtor().isPerson()) {
            return;
        }
        persons.findByPinfl(writ.debtor().pinfl()).ifPresent(person -> notifications.notify(person.id(), UZBEK,
                "enforcement-case-opened", List.of(number, writ.number(),
                        writ.amount() == null ? "—" : writ.amount().format(UZBEK), voluntaryUntil.toString(),
                        invoice == null ? "—" : invoice),
                Set.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS)));
    }

    @Override
    public Optional<EnforcementCase> find(String number) {
        if (!number.matches("IJ-\\d{4}-\\d{7}")) {
            throw new InvalidValueException("enforcement.case.number", "A case number looks like IJ-2026-0000001",
                    number, "IJ-2026-0000001");
        }
        return jdbc.sql("select " + COLUMNS + FROM + "where c.number = ?").param(number).query(JdbcCases::map)
                .optional();
    }

    @Override
    public Optional<EnforcementCase> ofWrit(String writNumber) {
        return jdbc.sql("select " + COLUMNS + FROM + "where c.writ_number = ?").param(writNumber)
                .query(JdbcCases::map).optional();
    }

    @Override
    public List<EnforcementCase> ofDebtor(Pinfl debtor) {
        return jdbc.sql("select " + COLUMNS + FROM + "where c.debtor_pinfl = ? order by c.opened_at desc, c.number")
                .param(debtor.value()).query(JdbcCases::map).list();
    }

    @Override
    public List<EnforcementCase> ofAgency(String agency, int limit) {
        return jdbc.sql("select " + COLUMNS + FROM + "where c.agency = ? order by c.opened_at desc, c.number limit ?")
                .params(agency, Math.max(1, Math.min(limit, 500))).query(JdbcCases::map).list();
    }

    @Override
    public List<AutomatedDecision> decisions(String writNumber) {
        return decisions.of(writNumber);
    }

    private static Payer payer(Party debtor) {
        return new Payer(debtor.id());
    }

    private static @Nullable String pinfl(Party party) {
        return party.pinfl() == null ? null : party.pinfl().value();
    }

    private static @Nullable String stir(Party party) {
        return party.stir() == null ? null : party.stir().value();
    }

    static EnforcementCase map(ResultSet row, int n) throws SQLException {
        var pinfl = row.getString("debtor_pinfl");
        var stir = row.getString("debtor_stir");
        var amount = (Long) row.getObject("amount_tiyin");
        var closed = row.getTimestamp("closed_at");
        var reason = row.getString("close_reason");
        return new EnforcementCase(row.getString("number"), row.getString("writ_number"),
                new Party(pinfl == null ? null : new Pinfl(pinfl), stir == null ? null : new Stir(stir),
                        row.getString("debtor_name")),
                row.getString("agency"), row.getObject("officer", UUID.class),
                ClaimType.valueOf(row.getString("claim_type")), amount == null ? null : Money.ofTiyin(amount),
                Money.ofTiyin(row.getLong("recovered_tiyin")), CaseStatus.valueOf(row.getString("status")),
                row.getObject("voluntary_until", LocalDate.class), row.getString("invoice_number"),
                row.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
                CaseHandler.valueOf(row.getString("handler")), reason == null ? null : CloseReason.valueOf(reason));
    }
}
