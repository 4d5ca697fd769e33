package uz.yagona.enforcement.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.enforcement.CaseEntry;
import uz.yagona.enforcement.EnforcementCases;
import uz.yagona.enforcement.EnforcementMeasures;
import uz.yagona.enforcement.EnforcementRobot;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.shared.Money;

/**
 * The robot enforcer. Each case is worked in a transaction of its own that first claims the case's row with
 * {@code for update skip locked}, so two nodes never work one case, and checks it is still the robot's (an officer
 * may have taken it over meanwhile). A claim above the limit is left to the officer (decision {@code ROBOT_SCOPE},
 * once: the case becomes the officer's). Any failure rolls the case's measures back, and then, in a new
 * transaction, the robot records why it stopped ({@code ROBOT_STOPPED}), hands the case to the officer and tells
 * them in the cabinet; it never comes back to the case.
 */
@Service
class Robot implements EnforcementRobot {

    static final String SCOPE_RULE = "robot-scope/v1";
    static final String MEASURES_RULE = "robot-measures/v1";
    static final String STOP_RULE = "robot-stop/v1";

    private static final Logger log = LoggerFactory.getLogger(Robot.class);

    private final EnforcementMeasures measures;
    private final EnforcementCases cases;
    private final Decisions decisions;
    private final Staff staff;
    private final JdbcClient jdbc;
    private final RobotSettings settings;
    private final TransactionTemplate transactions;

    Robot(EnforcementMeasures measures, EnforcementCases cases, Decisions decisions, Staff staff, JdbcClient jdbc,
            RobotSettings settings, PlatformTransactionManager transactionManager) {
        this.measures = measures;
        this.cases = cases;
        this.decisions = decisions;
        this.staff = staff;
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public int step() {
        int worked = 0;
        for (var number : measures.dueForMeasures(settings.batch())) {
            if (work(number)) {
                worked++;
            }
        }
        return worked;
    }

    private boolean work(String number) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> measuresIfMine(number)));
        } catch (RuntimeException failure) {
            try {
                transactions.executeWithoutResult(status -> handOver(number, failure));
            } catch (RuntimeException again) {
                log.error("The robot stopped on case {} and could not hand it over; it tries again", number, again);
            }
            return false;
        }
    }

    private boolean measuresIfMine(String number) {
        var claimed = jdbc.sql("select number from enforcement.enforcement_case c where number = ? "
                        // robot_done_at is read again on the row as the lock finds it: a node that read the case
                        // before another finished it must not work it twice (the 100,000-writ bench found 115)
                        + "and status = 'OPEN' and handler = 'ROBOT' and robot_done_at is null "
                        + "and amount_tiyin is not null and not exists "
                        + "(select 1 from enforcement.measure m where m.case_number = c.number "
                        + "and m.kind = 'ASSETS_FOUND') for update skip locked")
                .param(number).query(String.class).optional();
        if (claimed.isEmpty()) {
            return false;
        }
        var c = cases.find(number).orElseThrow();
        var limit = Money.ofSoum(settings.maxAmount());
        var amount = c.amount();
        if (amount == null || amount.compareTo(limit) > 0) {
            decisions.record(number, c.writNumber(), "ROBOT_SCOPE", SCOPE_RULE, decisions.inputs(
                            "amount", String.valueOf(amount), "maxAmount", limit.toString(),
                            "source", RobotSettings.SOURCE),
                    "OFFICER", "The claim " + amount + " exceeds the robot's limit " + limit
                            + ": not for the robot, the officer enforces the case.");
            toOfficer(number);
            staff.notifyOfficer(c.agency(), c.officer(), "enforcement-robot-left", List.of(number,
                    String.valueOf(amount)));
            return false;
        }
        var entries = measures.apply(number, null);
        jdbc.sql("update enforcement.enforcement_case set robot_done_at = now() where number = ?").param(number)
                .update();
        var kinds = entries.stream().map(CaseEntry::kind).toList();
        decisions.record(number, c.writNumber(), "ROBOT_MEASURES", MEASURES_RULE, decisions.inputs(
                        "amount", amount.toString(), "maxAmount", limit.toString(), "source", RobotSettings.SOURCE,
                        "voluntaryUntil", c.voluntaryUntil().toString(), "entries", kinds),
                "MEASURES_TAKEN", "The claim " + amount + " is within the robot's limit " + limit
                        + " and the voluntary period ended on " + c.voluntaryUntil() + ": the robot took "
                        + kinds.size() + " steps " + kinds + " (each decided by the rules of the case file).");
        return true;
    }

    private void handOver(String number, RuntimeException failure) {
        var c = cases.find(number).orElseThrow();
        var rule = failure instanceof ExchangeException exchange ? exchange.rule() : null;
        var error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        decisions.record(number, c.writNumber(), "ROBOT_STOPPED", STOP_RULE, decisions.inputs(
                        "error", failure.getClass().getName(), "rule", rule, "message", failure.getMessage(),
                        "status", c.status().name(), "handler", c.handler().name()),
                "OFFICER", "The robot stopped on this case (" + error + "); nothing of the failed step was kept. "
                        + "The officer takes the case over and the robot does not return to it.");
        toOfficer(number);
        staff.notifyOfficer(c.agency(), c.officer(), "enforcement-robot-stopped", List.of(number,
                rule != null ? rule : failure.getClass().getSimpleName()));
        log.warn("The robot stopped on case {} and handed it to its officer: {}", number, error);
    }

    private void toOfficer(String number) {
        jdbc.sql("update enforcement.enforcement_case set handler = 'OFFICER' where number = ?").param(number)
                .update();
    }
}
