package uz.yagona.enforcement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.exchange.Assets;
import uz.yagona.identity.LegalEntities;
import uz.yagona.notifications.Channel;
import uz.yagona.notifications.Notifications;
import uz.yagona.shared.Money;
import uz.yagona.shared.Stir;

/**
 * Deduction orders on the employer's side, in the caller's transaction: placed with the share of the salary the
 * law allows for the claim, lifted when the case closes; each time the employer's representatives are notified.
 */
@Component
class EmployerOrders {

    private static final Locale UZBEK = Locale.forLanguageTag("uz");

    private final JdbcClient jdbc;
    private final EnforcementSettings settings;
    private final LegalEntities entities;
    private final Notifications notifications;
    private final Clock clock;

    EmployerOrders(JdbcClient jdbc, EnforcementSettings settings, LegalEntities entities, Notifications notifications,
            Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.entities = entities;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Whether the case has an order in force to this employer already (measures taken again place no second). */
    boolean activeFor(String caseNumber, Stir employer) {
        return jdbc.sql("select count(*) from enforcement.deduction_order where case_number = ? and employer_stir = ? "
                        + "and status = 'ACTIVE'")
                .params(caseNumber, employer.value()).query(Long.class).single() > 0;
    }

    /** Places the order for one job of a person debtor; the order's id and its share. */
    Placed place(EnforcementCase c, Assets.Job job) {
        var id = UUID.randomUUID();
        var share = settings.deductionPercentFor(c.claimType());
        jdbc.sql("insert into enforcement.deduction_order (id, case_number, debtor_pinfl, employer_stir, "
                        + "employer_name, position, monthly_salary_tiyin, share_percent, share_source, status, "
                        + "placed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")
                .params(id, c.number(), c.debtor().pinfl().value(), job.employer().value(), job.employerName(),
                        job.position(), job.monthlySalary().tiyin(), share, EnforcementSettings.DEDUCTION_SOURCE,
                        Timestamp.from(clock.instant()))
                .update();
        tell(job.employer(), "enforcement-deduction-order", List.of(c.number(), c.debtor().name(),
                share.stripTrailingZeros().toPlainString(), job.employerName()));
        return new Placed(id, share, job.monthlySalary().percent(share, RoundingMode.DOWN));
    }

    /** An order placed: its id, the share in percent and what that is of the salary the exchange showed. */
    record Placed(UUID id, BigDecimal share, Money monthlyLimit) {
    }

    /** Lifts an order of a closing case and tells the employer to stop withholding. */
    void lift(UUID order) {
        record Lifted(String caseNumber, String employer, String debtorName) {
        }
        jdbc.sql("update enforcement.deduction_order o set status = 'LIFTED', lifted_at = ? from "
                        + "enforcement.enforcement_case c, enforcement.writ w where o.id = ? and o.status = 'ACTIVE' "
                        + "and c.number = o.case_number and w.number = c.writ_number "
                        + "returning o.case_number, o.employer_stir, w.debtor_name")
                .params(Timestamp.from(clock.instant()), order)
                .query((row, n) -> new Lifted(row.getString(1), row.getString(2), row.getString(3)))
                .optional()
                .ifPresent(lifted -> tell(new Stir(lifted.employer()), "enforcement-deduction-lifted",
                        List.of(lifted.caseNumber(), lifted.debtorName())));
    }

    private void tell(Stir employer, String template, List<?> args) {
        for (var person : entities.representativesOf(employer)) {
            notifications.notify(person, UZBEK, template, args, Set.of(Channel.IN_APP, Channel.EMAIL));
        }
    }
}
