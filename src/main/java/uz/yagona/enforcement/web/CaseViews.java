package uz.yagona.enforcement.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.AutomatedDecision;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.CaseMessage;
import uz.yagona.enforcement.CaseMessages;
import uz.yagona.enforcement.Caseload;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.identity.PersonId;
import uz.yagona.identity.Persons;
import uz.yagona.payments.InvoiceStatus;
import uz.yagona.payments.Payments;
import uz.yagona.shared.Money;

/** What the case pages of officers and debtors show, put into words and figures for the reader's language. */
@Component
class CaseViews {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EnforcementMeasures measures;
    private final CaseMessages messages;
    private final Caseload caseload;
    private final Payments payments;
    private final Persons persons;
    private final MessageSource texts;
    private final Clock clock;

    CaseViews(EnforcementMeasures measures, CaseMessages messages, Caseload caseload, Payments payments,
            Persons persons, MessageSource texts, Clock clock) {
        this.measures = measures;
        this.messages = messages;
        this.caseload = caseload;
        this.payments = payments;
        this.persons = persons;
        this.texts = texts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TASHKENT));
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? "—" : MINUTE.format(instant.atZone(TASHKENT));
    }

    static String money(@Nullable Money amount, Locale locale) {
        return amount == null ? "—" : amount.format(locale);
    }

    /** Days until the end of the voluntary period (negative: overdue by so many), in words. */
    String daysLeft(EnforcementCase c, Locale locale) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today(), c.voluntaryUntil());
        return days >= 0 ? texts.getMessage("enforcement.office.daysLeft", new Object[] {days}, locale)
                : texts.getMessage("enforcement.office.daysOverdue", new Object[] {-days}, locale);
    }

    boolean voluntaryPeriodOver(EnforcementCase c) {
        return today().isAfter(c.voluntaryUntil());
    }

    /** A measure of the case file with the acting person's name. */
    record Measure(CaseEntry entry, String actor, String placedAt, String liftedAt, @Nullable String amount) {
    }

    List<Measure> measures(String caseNumber, Locale locale) {
        return measures.file(caseNumber).stream().map(e -> new Measure(e, actor(e.actor(), locale),
                time(e.placedAt()), time(e.liftedAt()), e.amount() == null ? null : e.amount().format(locale)))
                .toList();
    }

    private String actor(String actor, Locale locale) {
        if (actor.startsWith("officer:")) {
            try {
                return persons.find(new PersonId(UUID.fromString(actor.substring("officer:".length()))))
                        .map(p -> p.nameFor(locale).last() + " " + p.nameFor(locale).first()).orElse(actor);
            } catch (IllegalArgumentException notAnId) {
                return actor;
            }
        }
        return texts.getMessage("enforcement.office.robot", null, locale);
    }

    /** A message of the thread as the page shows it. */
    record Message(CaseMessage message, String sentAt, boolean fromDebtor) {
    }

    List<Message> thread(String caseNumber) {
        return messages.thread(caseNumber).stream()
                .map(m -> new Message(m, time(m.sentAt()), m.side() == CaseMessage.Side.DEBTOR)).toList();
    }

    /** A share of money received, formatted. */
    record Payout(String receivedAt, String source, String received, String beneficiary, String part,
            String amount) {
    }

    /** The fee charged and paid, and the shares of money received in the case. */
    record Funds(String fee, String feePaid, List<Payout> payouts) {
    }

    Funds funds(String caseNumber, Locale locale) {
        var money = caseload.money(caseNumber);
        return new Funds(money.fee().format(locale), money.feePaid().format(locale), money.payouts().stream()
                .map(p -> new Payout(time(p.receivedAt()), p.source(), p.received().format(locale),
                        p.beneficiary(), p.part(), p.amount().format(locale))).toList());
    }

    /** The link to pay the case's unpaid invoice online; null when there is none. */
    @Nullable String payUrl(EnforcementCase c) {
        if (c.invoiceNumber() == null) {
            return null;
        }
        return payments.findByNumber(c.invoiceNumber()).filter(i -> i.status() == InvoiceStatus.ISSUED)
                .map(i -> "/payments/sandbox/" + i.id().value()).orElse(null);
    }

    /** A decision in the reader's language from its inputs; the recorded reason where there is no template. */
    String explain(AutomatedDecision decision, Locale locale) {
        var inputs = JSON.readTree(decision.inputs());
        if (decision.kind().equals("ASSIGNMENT") && !decision.outcome().equals("UNASSIGNED")) {
            var officers = inputs.get("officers");
            long open = 0;
            for (var officer : officers) {
                if (officer.get("officer").asString().equals(decision.outcome())) {
                    open = officer.get("openCases").asLong();
                }
            }
            return texts.getMessage("enforcement.decision.assignment", new Object[] {
                inputs.get("department").asString(), officers.size(), open}, locale);
        }
        if (decision.kind().equals("TRAVEL_BAN")) {
            return texts.getMessage("enforcement.decision.travelBan." + decision.outcome(), null, locale)
                    + " (" + decision.reason() + ")";
        }
        return decision.reason();
    }
}
