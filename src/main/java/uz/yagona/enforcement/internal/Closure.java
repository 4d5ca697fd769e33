package uz.yagona.enforcement.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.CaseClosed;
import uz.yagona.enforcement.CloseReason;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.payments.InvoiceId;
import uz.yagona.payments.InvoiceStatus;
import uz.yagona.payments.Payments;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Closes a case whose claim and fee are paid, in the transaction that paid them: every active measure of the case
 * is lifted through the exchange (holds released, arrests lifted, the travel ban lifted; deduction orders are
 * lifted and the employer told), an unpaid invoice is cancelled, and {@link CaseClosed} is published. If a lift
 * fails, nothing of it happens. A suspended case closes the same way when paid. Officers' return of the writ and
 * termination close a case through {@link #closeAs}.
 */
@Component
class Closure {

    private final JdbcClient jdbc;
    private final Exchange exchange;
    private final Payments payments;
    private final EmployerOrders employerOrders;
    private final EnforcementSettings settings;
    private final JdbcPublicDebtors publicDebtors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Closure(JdbcClient jdbc, Exchange exchange, Payments payments, EmployerOrders employerOrders,
            EnforcementSettings settings, JdbcPublicDebtors publicDebtors, ApplicationEventPublisher events,
            Clock clock) {
        this.employerOrders = employerOrders;
        this.jdbc = jdbc;
        this.exchange = exchange;
        this.payments = payments;
        this.settings = settings;
        this.publicDebtors = publicDebtors;
        this.events = events;
        this.clock = clock;
    }

    private record Row(String writ, @Nullable String pinfl, @Nullable String stir, boolean satisfied,
            @Nullable UUID invoice) {
    }

    private record Active(UUID id, String kind, UUID registryId) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean closeIfSatisfied(String caseNumber) {
        var row = jdbc.sql("select writ_number, debtor_pinfl, debtor_stir, recovered_tiyin >= amount_tiyin "
                        + "and fee_paid_tiyin >= fee_tiyin, invoice_id from enforcement.enforcement_case "
                        + "where number = ? and status in ('OPEN', 'SUSPENDED') for update")
                .param(caseNumber)
                .query((r, n) -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4),
                        r.getObject(5, UUID.class)))
                .optional();
        if (row.isEmpty() || !row.get().satisfied()) {
            return false;
        }
        liftActive(caseNumber, debtor(row.get().pinfl(), row.get().stir()), "the claim is satisfied, measures lifted",
                null);
        cancelInvoice(row.get().invoice());
        jdbc.sql("update enforcement.enforcement_case set status = 'CLOSED', close_reason = 'PAID', closed_at = ? "
                        + "where number = ?")
                .params(Timestamp.from(clock.instant()), caseNumber).update();
        publicDebtors.closed(caseNumber);
        events.publishEvent(new CaseClosed(caseNumber, row.get().writ()));
        return true;
    }

    /**
     * Closes an open or suspended case that did not end by payment (the writ returned to the court, the case
     * terminated): every active measure lifted, the unpaid invoice cancelled. False when the case is closed already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean closeAs(String caseNumber, CloseReason reason, String why) {
        var row = jdbc.sql("select writ_number, debtor_pinfl, debtor_stir, false, invoice_id "
                        + "from enforcement.enforcement_case where number = ? and status in ('OPEN', 'SUSPENDED') "
                        + "for update")
                .param(caseNumber)
                .query((r, n) -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4),
                        r.getObject(5, UUID.class)))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        liftActive(caseNumber, debtor(row.get().pinfl(), row.get().stir()), why, null);
        cancelInvoice(row.get().invoice());
        jdbc.sql("update enforcement.enforcement_case set status = 'CLOSED', close_reason = ?, closed_at = ? "
                        + "where number = ?")
                .params(reason.name(), Timestamp.from(clock.instant()), caseNumber).update();
        publicDebtors.closed(caseNumber);
        return true;
    }

    /**
     * Lifts the active measures of a case through the exchange ({@code only}: just that entry), marking each
     * lifted; answers how many were lifted. If a lift fails, the caller's transaction rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int liftActive(String caseNumber, Debtor debtor, String why, @Nullable UUID only) {
        var context = RequestContext.system(EnforcementSettings.BUREAU, settings.system(), Purpose.ENFORCEMENT,
                EnforcementSettings.LAW + ": " + why, caseNumber);
        var active = jdbc.sql("select id, kind, registry_id from enforcement.measure where case_number = ? "
                        + "and status = 'ACTIVE' and registry_id is not null and (cast(? as uuid) is null or id = ?) "
                        + "order by placed_at, id")
                .params(caseNumber, only, only).query((r, n) -> new Active(r.getObject(1, UUID.class),
                        r.getString(2), r.getObject(3, UUID.class)))
                .list();
        for (var entry : active) {
            switch (entry.kind()) {
                case "HOLD" -> exchange.releaseHold(debtor, entry.registryId(), context);
                case "REAL_ESTATE_ARREST" -> exchange.liftRealEstateArrest(debtor, entry.registryId(), context);
                case "VEHICLE_ARREST" -> exchange.liftVehicleArrest(debtor, entry.registryId(), context);
                case "TRAVEL_BAN" -> exchange.liftTravelBan(debtor.pinfl(), entry.registryId(), context);
                case "DEDUCTION_ORDER" -> employerOrders.lift(entry.registryId());
                default -> throw new IllegalStateException("Cannot lift " + entry.kind());
            }
            jdbc.sql("update enforcement.measure set status = 'LIFTED', lifted_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), entry.id()).update();
        }
        return active.size();
    }

    static Debtor debtor(@Nullable String pinfl, @Nullable String stir) {
        return pinfl != null ? Debtor.person(new Pinfl(pinfl)) : Debtor.entity(new Stir(stir));
    }

    private void cancelInvoice(@Nullable UUID invoice) {
        if (invoice != null && payments.find(new InvoiceId(invoice)).map(i -> i.status() == InvoiceStatus.ISSUED)
                .orElse(false)) {
            payments.cancel(new InvoiceId(invoice));
        }
    }
}
