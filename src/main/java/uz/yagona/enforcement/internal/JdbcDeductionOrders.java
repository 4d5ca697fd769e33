package uz.yagona.enforcement.internal;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.Deduction;
import uz.yagona.enforcement.DeductionOrder;
import uz.yagona.enforcement.DeductionOrders;
import uz.yagona.exchange.Assets;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Deduction orders and the employers' monthly reports. A report is money received (source EMPLOYER) counted once
 * per order and month: its receipt's reference is {@code deduction:<order>:<period>}, and the payroll reference is
 * unique per order too. It never exceeds what the case asks, nor the order's share of the salary the exchange
 * shows for that employer (less what the employer reported for that month under the debtor's other orders).
 */
@Service
class JdbcDeductionOrders implements DeductionOrders {

    static final String RULE_PERIOD = "enforcement.deduction.period";
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final String COLUMNS = "o.id, o.case_number, o.debtor_pinfl, w.debtor_name, o.employer_stir, "
            + "o.employer_name, o.position, c.claim_type, o.monthly_salary_tiyin, o.share_percent, o.share_source, "
            + "greatest(coalesce(c.amount_tiyin, 0) - c.recovered_tiyin + c.fee_tiyin - c.fee_paid_tiyin, 0) "
            + "as remaining, o.status, o.placed_at, o.lifted_at";
    private static final String FROM = " from enforcement.deduction_order o join enforcement.enforcement_case c "
            + "on c.number = o.case_number join enforcement.writ w on w.number = c.writ_number ";
    private static final String DEDUCTION = "select id, order_id, period, amount_tiyin, payroll_reference, "
            + "receipt_id, reported_by, reported_at from enforcement.deduction ";

    private final JdbcClient jdbc;
    private final Distribution distribution;
    private final Invoices invoices;
    private final Exchange exchange;
    private final EnforcementSettings settings;
    private final Clock clock;

    JdbcDeductionOrders(JdbcClient jdbc, Distribution distribution, Invoices invoices, Exchange exchange,
            EnforcementSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.distribution = distribution;
        this.invoices = invoices;
        this.exchange = exchange;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<DeductionOrder> ofEmployers(Collection<Stir> employers) {
        if (employers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + FROM + "where o.employer_stir = any(?) order by o.placed_at desc, o.id")
                .param(employers.stream().map(Stir::value).toArray(String[]::new))
                .query(JdbcDeductionOrders::order).list();
    }

    @Override
    public Optional<DeductionOrder> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + "where o.id = ?").param(id).query(JdbcDeductionOrders::order)
                .optional();
    }

    @Override
    public List<DeductionOrder> ofCase(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + FROM + "where o.case_number = ? order by o.placed_at, o.id")
                .param(caseNumber).query(JdbcDeductionOrders::order).list();
    }

    @Override
    public List<Deduction> deductions(UUID order) {
        return jdbc.sql(DEDUCTION + "where order_id = ? order by period, reported_at").param(order)
                .query(JdbcDeductionOrders::deduction).list();
    }

    @Override
    @Transactional
    public Reported report(UUID orderId, YearMonth period, Money amount, String payrollReference,
            String reportedBy) {
        var reference = payrollReference.strip();
        if (reference.isEmpty() || reference.length() > 100) {
            throw new InvalidValueException("enforcement.deduction.payrollReference",
                    "A payroll reference has 1 to 100 characters", 100);
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException("enforcement.deduction.amount.positive", "A deduction is above zero");
        }
        var found = find(orderId).orElseThrow(() -> new InvalidValueException("enforcement.deduction.unknown",
                "No deduction order " + orderId, orderId.toString()));
        // the debtor's open cases first, in the order measures and distribution lock them, then the order
        jdbc.sql("select number from enforcement.enforcement_case where debtor_pinfl = ? "
                        + "and (status in ('OPEN', 'SUSPENDED') or number = ?) order by opened_at, number for update")
                .params(found.debtor().value(), found.caseNumber()).query(String.class).list();
        jdbc.sql("select id from enforcement.deduction_order where id = ? for update").param(orderId)
                .query(UUID.class).single();
        var earlier = jdbc.sql(DEDUCTION + "where order_id = ? and (period = ? or payroll_reference = ?)")
                .params(orderId, period.toString(), reference).query(JdbcDeductionOrders::deduction).list();
        if (!earlier.isEmpty()) {
            var first = earlier.getFirst();
            if (earlier.size() == 1 && first.period().equals(period) && first.payrollReference().equals(reference)
                    && first.amount().equals(amount)) {
                return new Reported(first, false);
            }
            throw first.period().equals(period)
                    ? new InvalidValueException(RULE_PERIOD + ".reported", "This month is reported already",
                            period.toString(), first.payrollReference())
                    : new InvalidValueException("enforcement.deduction.payrollReference.used",
                            "This payroll reference is used for another month", reference,
                            first.period().toString());
        }
        var order = find(orderId).orElseThrow();
        if (!order.active()) {
            throw new InvalidValueException("enforcement.deduction.lifted", "The order is lifted",
                    order.caseNumber());
        }
        var thisMonth = YearMonth.now(clock.withZone(TASHKENT));
        var placed = YearMonth.from(order.placedAt().atZone(TASHKENT));
        if (period.isAfter(thisMonth) || period.isBefore(placed)) {
            throw new InvalidValueException(RULE_PERIOD + ".range", "A month from the order's to the current one",
                    period.toString(), placed.toString(), thisMonth.toString());
        }
        if (amount.compareTo(order.remaining()) > 0) {
            throw new InvalidValueException("enforcement.deduction.overDebt", "More than the case still asks",
                    amount.toString(), order.remaining().toString());
        }
        var salary = salary(order);
        var limit = salary.percent(order.sharePercent(), RoundingMode.DOWN);
        var reportedThisMonth = Money.ofTiyin(jdbc.sql("select coalesce(sum(d.amount_tiyin), 0) from "
                        + "enforcement.deduction d join enforcement.deduction_order o on o.id = d.order_id "
                        + "where o.debtor_pinfl = ? and o.employer_stir = ? and d.period = ?")
                .params(order.debtor().value(), order.employer().value(), period.toString()).query(Long.class)
                .single());
        if (amount.plus(reportedThisMonth).compareTo(limit) > 0) {
            throw new InvalidValueException("enforcement.deduction.overShare",
                    "More than the order's share of the salary", amount.toString(),
                    order.sharePercent().stripTrailingZeros().toPlainString(), salary.toString(), limit.toString(),
                    reportedThisMonth.toString());
        }
        var externalRef = "deduction:" + orderId + ":" + period;
        distribution.receive(order.debtor().value(), "EMPLOYER", externalRef, amount);
        var receipt = jdbc.sql("select id from enforcement.receipt where external_ref = ?").param(externalRef)
                .query(UUID.class).single();
        var id = UUID.randomUUID();
        jdbc.sql("insert into enforcement.deduction (id, order_id, period, amount_tiyin, payroll_reference, "
                        + "receipt_id, reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, orderId, period.toString(), amount.tiyin(), reference, receipt, reportedBy,
                        Timestamp.from(clock.instant()))
                .update();
        invoices.reissueOpen(order.debtor().value());
        return new Reported(jdbc.sql(DEDUCTION + "where id = ?").param(id).query(JdbcDeductionOrders::deduction)
                .single(), true);
    }

    /**
     * The monthly salary at this employer as the exchange shows it now (the latest job there), or the one the
     * order was placed with when the exchange no longer shows the job.
     */
    private Money salary(DeductionOrder order) {
        List<Assets.Job> jobs;
        try {
            jobs = exchange.employment(order.debtor(), RequestContext.system(EnforcementSettings.BUREAU,
                    settings.system(), Purpose.ENFORCEMENT, EnforcementSettings.DEDUCTION_SOURCE,
                    order.caseNumber()));
        } catch (ExchangeException unknown) {
            return order.monthlySalary();
        }
        return jobs.stream().filter(job -> job.employer().equals(order.employer()))
                .max(Comparator.comparing(Assets.Job::since)).map(Assets.Job::monthlySalary)
                .orElse(order.monthlySalary());
    }

    private static DeductionOrder order(ResultSet row, int n) throws SQLException {
        var lifted = row.getTimestamp("lifted_at");
        return new DeductionOrder(row.getObject("id", UUID.class), row.getString("case_number"),
                new Pinfl(row.getString("debtor_pinfl")), row.getString("debtor_name"),
                new Stir(row.getString("employer_stir")), row.getString("employer_name"), row.getString("position"),
                ClaimType.valueOf(row.getString("claim_type")), Money.ofTiyin(row.getLong("monthly_salary_tiyin")),
                row.getBigDecimal("share_percent"), row.getString("share_source"),
                Money.ofTiyin(row.getLong("remaining")), row.getString("status"),
                row.getTimestamp("placed_at").toInstant(), lifted == null ? null : lifted.toInstant());
    }

    private static Deduction deduction(ResultSet row, int n) throws SQLException {
        return new Deduction(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                YearMonth.parse(row.getString(3)), Money.ofTiyin(row.getLong(4)), row.getString(5),
                row.getObject(6, UUID.class), row.getString(7), row.getTimestamp(8).toInstant());
    }
}
