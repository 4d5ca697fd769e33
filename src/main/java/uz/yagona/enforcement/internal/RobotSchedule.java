package uz.yagona.enforcement.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uz.yagona.enforcement.EnforcementRobot;
import uz.yagona.shared.RepeatingJob;

/**
 * Runs the robot enforcer every {@code yagona.enforcement.robot.interval}; every node may run it at once, since
 * each case is claimed with a row lock the others skip.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RobotSettings.class)
class RobotSchedule {

    @Bean
    RepeatingJob robotEnforcer(EnforcementRobot robot, RobotSettings settings) {
        return new RepeatingJob("enforcement-robot", settings.interval(), () -> {
            while (robot.step() > 0) {
                // cases were worked: more may be due
            }
        });
    }
}
