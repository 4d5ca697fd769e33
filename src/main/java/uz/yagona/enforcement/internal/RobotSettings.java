package uz.yagona.enforcement.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the robot enforcer ({@code yagona.enforcement.robot}).
 *
 * @param interval how long the robot rests between rounds (default 5 minutes; tests set 1h and call the round
 *        themselves)
 * @param maxAmount the largest claim, in soʻm, that the robot enforces alone; larger cases go to officers. Not a
 *        figure of the law: a policy of the Bureau of Compulsory Enforcement (its order on automated enforcement of
 *        small claims — to confirm), default 10 000 000 soʻm
 * @param batch how many cases one round takes at most
 */
@ConfigurationProperties("yagona.enforcement.robot")
record RobotSettings(@Nullable Duration interval, @Nullable Long maxAmount, @Nullable Integer batch) {

    /** The source shown with the robot's decisions. */
    static final String SOURCE = "yagona.enforcement.robot.max-amount (order of the Bureau of Compulsory "
            + "Enforcement on automated enforcement of small claims; to confirm)";

    RobotSettings {
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        maxAmount = maxAmount == null ? 10_000_000L : maxAmount;
        if (maxAmount < 0) {
            throw new IllegalArgumentException("yagona.enforcement.robot.max-amount must not be negative");
        }
        batch = batch == null ? 100 : batch;
        if (batch < 1 || batch > 10_000) {
            throw new IllegalArgumentException("yagona.enforcement.robot.batch must be 1..10000");
        }
    }
}
