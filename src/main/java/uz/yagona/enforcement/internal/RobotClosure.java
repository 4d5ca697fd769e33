package uz.yagona.enforcement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.yagona.enforcement.CaseClosed;

/**
 * The last step of a robot's case, recorded like the others: when a case the robot handles closes by payment,
 * a decision {@code ROBOT_CLOSURE} says what was paid and how many measures were lifted.
 */
@Component
class RobotClosure {

    static final String RULE = "robot-closure/v1";

    private final JdbcClient jdbc;
    private final Decisions decisions;

    RobotClosure(JdbcClient jdbc, Decisions decisions) {
        this.jdbc = jdbc;
        this.decisions = decisions;
    }

    private record Closed(long amount, long recovered, long fee, long feePaid, long lifted) {
    }

    @ApplicationModuleListener
    void on(CaseClosed closed) {
        var robots = jdbc.sql("select count(*) from enforcement.enforcement_case where number = ? and handler = 'ROBOT' "
                + "and not exists (select 1 from enforcement.decision d where d.case_number = ? and d.kind = "
                + "'ROBOT_CLOSURE')").params(closed.number(), closed.number()).query(Long.class).single();
        if (robots == 0) {
            return;
        }
        var facts = jdbc.sql("select amount_tiyin, recovered_tiyin, fee_tiyin, fee_paid_tiyin, (select count(*) from "
                        + "enforcement.measure m where m.case_number = c.number and m.status = 'LIFTED') "
                        + "from enforcement.enforcement_case c where number = ?")
                .param(closed.number())
                .query((r, n) -> new Closed(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)))
                .single();
        decisions.record(closed.number(), closed.writNumber(), "ROBOT_CLOSURE", RULE, decisions.inputs(
                        "amountTiyin", facts.amount(), "recoveredTiyin", facts.recovered(), "feeTiyin", facts.fee(),
                        "feePaidTiyin", facts.feePaid(), "liftedMeasures", facts.lifted()),
                "CLOSED", "The claim and the fee are paid: the case closed and " + facts.lifted()
                        + " measures were lifted through the exchange.");
    }
}
