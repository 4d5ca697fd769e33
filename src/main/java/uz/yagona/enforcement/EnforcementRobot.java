package uz.yagona.enforcement;

/**
 * The robot enforcer: works small cases through the whole pipeline with no human, each step a recorded automated
 * decision, and hands a case to its officer the moment anything goes wrong. Runs on a schedule; safe on several
 * nodes at once (each case is claimed with a row lock that other nodes skip).
 */
public interface EnforcementRobot {

    /**
     * One round: takes the cases due for measures that are still the robot's, applies measures to those within
     * its limit, leaves the rest to officers. Answers how many cases the robot took measures in.
     */
    int step();
}
