package uz.yagona.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.CaseStateConflict;
import uz.yagona.enforcement.CaseStatus;
import uz.yagona.enforcement.EnforcementCase;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.exchange.Assets;
import uz.yagona.exchange.Debtor;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.identity.PersonId;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/**
 * The measures of compulsory execution, in the order the law gives them: money on accounts first (held, then
 * debited to the bureau's deposit account, sparing half the minimum wage of a person), then an order to each
 * current employer of a person to withhold a share of the salary, then arrest of real estate
 * and vehicles while the debt is not covered, then a travel ban where the law allows it.
 */
@Service
class JdbcMeasures implements EnforcementMeasures {

    static final String ROBOT = "robot";
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASIS = EnforcementSettings.LAW + ": ";

    private final JdbcClient jdbc;
    private final EnforcementCases cases;
    private final Exchange exchange;
    private final Decisions decisions;
    private final Distribution distribution;
    private final Invoices invoices;
    private final EmployerOrders employerOrders;
    private final EnforcementSettings settings;
    private final Clock clock;

    JdbcMeasures(JdbcClient jdbc, EnforcementCases cases, Exchange exchange, Decisions decisions,
            Distribution distribution, Invoices invoices, EmployerOrders employerOrders, EnforcementSettings settings,
            Clock clock) {
        this.distribution = distribution;
        this.employerOrders = employerOrders;
        this.invoices = invoices;
        this.jdbc = jdbc;
        this.cases = cases;
        this.exchange = exchange;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<CaseEntry> apply(String caseNumber, @Nullable PersonId officer) {
        var locked = lock(caseNumber);
        var today = LocalDate.now(clock.withZone(TASHKENT));
        if (locked.status() == CaseStatus.SUSPENDED) {
            throw new CaseStateConflict("enforcement.case.suspended", caseNumber);
        }
        if (locked.status() != CaseStatus.OPEN || locked.amount() == null) {
            throw new InvalidValueException("enforcement.measures.notOpen", "Measures only in an open monetary case",
                    caseNumber);
        }
        if (!today.isAfter(locked.voluntaryUntil())) {
            throw new InvalidValueException("enforcement.measures.voluntaryPeriod",
                    "The voluntary period runs until " + locked.voluntaryUntil(), locked.voluntaryUntil().toString());
        }
        var actor = officer == null ? ROBOT : "officer:" + officer.value();
        var context = officer == null
                ? RequestContext.system(EnforcementSettings.BUREAU, settings.system(), Purpose.ENFORCEMENT,
                        EnforcementSettings.LAW, caseNumber)
                : RequestContext.officer(locked.agency(), officer, Purpose.ENFORCEMENT, EnforcementSettings.LAW,
                        caseNumber);
        var debtor = locked.debtor().isPerson() ? Debtor.person(locked.debtor().pinfl())
                : Debtor.entity(locked.debtor().stir());
        var added = new ArrayList<UUID>();
        var assets = exchange.debtorAssets(debtor, context);
        added.add(entry(caseNumber, "ASSETS_FOUND", null, debtor.subject(), null, actor,
                "search for the debtor's property", Map.of("accounts", assets.accounts().size(),
                        "realEstate", assets.realEstate().size(), "vehicles", assets.vehicles().size(),
                        "employment", assets.employment().size()), "DONE"));

        // not paid within the voluntary period: the enforcement fee is due from now on
        jdbc.sql("update enforcement.enforcement_case set fee_tiyin = ? where number = ? and fee_tiyin = 0")
                .params(locked.amount().percent(settings.feePercent()).tiyin(), caseNumber).update();
        var due = invoices.due(caseNumber);
        var protectedLeft = locked.debtor().isPerson() ? halfMinimumWage(today) : Money.ZERO;
        for (var account : assets.accounts()) {
            if (due.compareTo(Money.ZERO) <= 0 || account.closedOn() != null || !"UZS".equals(account.currency())) {
                continue;
            }
            var spared = min(account.available(), protectedLeft);
            protectedLeft = protectedLeft.minus(spared);
            var wanted = min(account.available().minus(spared), due);
            if (wanted.isZero() || wanted.isNegative()) {
                continue;
            }
            var hold = exchange.hold(debtor, account.number(), wanted, context);
            added.add(entry(caseNumber, "HOLD", hold.id(), account.number(), hold.held(), actor,
                    "hold of money on the debtor's account, half the minimum wage spared", hold, "ACTIVE"));
            if (hold.held().isZero()) {
                continue;
            }
            var debit = exchange.debit(debtor, caseNumber + ":" + hold.id(), hold.id(), hold.held(),
                    settings.depositAccount(), context);
            added.add(entry(caseNumber, "DEBIT", debit.id(), account.number(), debit.amount(), actor,
                    "debit of held money to the deposit account of the bureau", debit, "DONE"));
            distribution.receive(debtor.subject(), "DEBIT", "debit:" + debit.id(), debit.amount());
            if (cases.find(caseNumber).orElseThrow().status() == CaseStatus.CLOSED) {
                // the debits paid it all: the case closed and lifted its holds; nothing more to take
                return file(caseNumber).stream().filter(e -> added.contains(e.id())).toList();
            }
            due = invoices.due(caseNumber);
        }

        if (due.compareTo(Money.ZERO) > 0 && locked.debtor().isPerson()) {
            for (var job : assets.employment()) {
                if (job.until() != null && !job.until().isAfter(today)
                        || employerOrders.activeFor(caseNumber, job.employer())) {
                    continue;
                }
                var placed = employerOrders.place(locked, job);
                var answer = new LinkedHashMap<String, Object>();
                answer.put("order", placed.id().toString());
                answer.put("employer", job.employer().value());
                answer.put("employerName", job.employerName());
                answer.put("position", job.position());
                answer.put("monthlySalaryTiyin", job.monthlySalary().tiyin());
                answer.put("sharePercent", placed.share());
                answer.put("shareSource", EnforcementSettings.DEDUCTION_SOURCE);
                answer.put("monthlyLimitTiyin", placed.monthlyLimit().tiyin());
                answer.put("remainingTiyin", due.tiyin());
                added.add(entry(caseNumber, "DEDUCTION_ORDER", placed.id(), job.employer().value(), due, actor,
                        "order to the employer to withhold " + placed.share().stripTrailingZeros().toPlainString()
                                + " % of the debtor's monthly salary until the debt is paid", answer, "ACTIVE"));
            }
        }

        var arrested = Money.ZERO;
        if (due.compareTo(Money.ZERO) > 0) {
            for (var property : assets.realEstate()) {
                var arrest = exchange.arrestRealEstate(debtor, property.cadastralNumber(), context);
                added.add(entry(caseNumber, "REAL_ESTATE_ARREST", arrest.id(), property.cadastralNumber(), null,
                        actor, "arrest of the debtor's real estate", arrest, "ACTIVE"));
                arrested = arrested.plus(share(property));
            }
            for (var vehicle : assets.vehicles()) {
                var arrest = exchange.arrestVehicle(debtor, vehicle.vin(), context);
                added.add(entry(caseNumber, "VEHICLE_ARREST", arrest.id(), vehicle.vin(), null, actor,
                        "arrest of the debtor's vehicle", arrest, "ACTIVE"));
            }
        }
        var ban = travelBan(locked, due, arrested, today);
        if (ban) {
            var imposed = exchange.banTravel(locked.debtor().pinfl(), null, context);
            added.add(entry(caseNumber, "TRAVEL_BAN", imposed.id(), locked.debtor().pinfl().value(), null, actor,
                    "temporary restriction on leaving the Republic of Uzbekistan", imposed, "ACTIVE"));
        }
        invoices.reissueOpen(debtor.subject());
        return file(caseNumber).stream().filter(e -> added.contains(e.id())).toList();
    }

    /**
     * No ban for an entity, for a debt of at most the threshold in BCV (except alimony), or where the arrested
     * property covers the debt; the rule's outcome is a recorded decision either way.
     */
    private boolean travelBan(EnforcementCase c, Money due, Money arrested, LocalDate today) {
        var bcv = settings.bcvOn(today);
        var outcome = TravelBanRule.decide(c.debtor().isPerson(), c.claimType(), due, arrested, bcv.amount(),
                settings.travelBanThresholdBcv());
        decisions.record(c.number(), c.writNumber(), "TRAVEL_BAN", TravelBanRule.NAME, decisions.inputs(
                        "due", due.toString(), "claimType", c.claimType().name(), "debtorIsPerson",
                        c.debtor().isPerson(), "bcv", bcv.amount().toString(), "bcvSource", bcv.source(),
                        "thresholdBcv", settings.travelBanThresholdBcv(), "arrestedValue", arrested.toString()),
                outcome.ban() ? "BAN" : "NO_BAN", outcome.reason());
        return outcome.ban();
    }

    private Money halfMinimumWage(LocalDate today) {
        var wage = settings.minimumWageOn(today).amount();
        return Money.ofTiyin(wage.tiyin() / 2);
    }

    private static Money share(Assets.Property property) {
        return Money.ofTiyin(property.cadastralValue().tiyin() / property.shareDenominator()
                * property.shareNumerator());
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private UUID entry(String caseNumber, String kind, @Nullable UUID registryId, @Nullable String target,
            @Nullable Money amount, String actor, String basis, Object answer, String status) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into enforcement.measure (id, case_number, kind, registry_id, target, amount_tiyin, actor, "
                        + "legal_basis, answer, status, placed_at) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), "
                        + "?, ?)")
                .params(id, caseNumber, kind, registryId, target, amount == null ? null : amount.tiyin(), actor,
                        BASIS + basis, JSON.writeValueAsString(answer), status, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private EnforcementCase lock(String caseNumber) {
        var found = cases.find(caseNumber).orElseThrow(() -> new InvalidValueException("enforcement.case.unknown",
                "No case " + caseNumber, caseNumber));
        // all the debtor's open cases, in the order distribution locks them too: money received while measures
        // run waits, and two officers working cases of one debtor never deadlock
        jdbc.sql("select number from enforcement.enforcement_case where coalesce(debtor_pinfl, debtor_stir) = ? "
                        + "and (status in ('OPEN', 'SUSPENDED') or number = ?) order by opened_at, number for update")
                .params(found.debtor().id(), caseNumber).query(String.class).list();
        return cases.find(caseNumber).orElse(found);
    }

    @Override
    public List<String> dueForMeasures(int limit) {
        return jdbc.sql("select c.number from enforcement.enforcement_case c where c.status = 'OPEN' "
                        + "and c.handler = 'ROBOT' and c.robot_done_at is null and c.amount_tiyin is not null "
                        + "and c.voluntary_until < ? "
                        + "and not exists (select 1 from enforcement.measure m where m.case_number = c.number "
                        + "and m.kind = 'ASSETS_FOUND') "
                        + "order by c.opened_at, c.number limit ?")
                .params(LocalDate.now(clock.withZone(TASHKENT)), Math.max(1, Math.min(limit, 10_000)))
                .query(String.class).list();
    }

    @Override
    public List<CaseEntry> file(String caseNumber) {
        return jdbc.sql("select id, case_number, kind, registry_id, target, amount_tiyin, actor, legal_basis, "
                        + "answer::text, status, placed_at, lifted_at from enforcement.measure where case_number = ? "
                        + "order by placed_at, id")
                .param(caseNumber).query(JdbcMeasures::map).list();
    }

    private static CaseEntry map(ResultSet row, int n) throws SQLException {
        var amount = (Long) row.getObject("amount_tiyin");
        var lifted = row.getTimestamp("lifted_at");
        return new CaseEntry(row.getObject("id", UUID.class), row.getString("case_number"), row.getString("kind"),
                row.getObject("registry_id", UUID.class), row.getString("target"),
                amount == null ? null : Money.ofTiyin(amount), row.getString("actor"), row.getString("legal_basis"),
                row.getString("answer"), row.getString("status"), row.getTimestamp("placed_at").toInstant(),
                lifted == null ? null : lifted.toInstant());
    }
}
