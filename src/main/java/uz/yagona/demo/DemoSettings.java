package uz.yagona.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether an empty database is filled with demo data on start
 * @param citizens how many synthetic citizens to create
 * @param seed the random seed: the same seed gives the same population
 */
@ConfigurationProperties("yagona.demo")
record DemoSettings(Boolean enabled, Integer citizens, Long seed) {

    DemoSettings {
        enabled = enabled == null || enabled;
        citizens = citizens == null ? 3000 : citizens;
        seed = seed == null ? 20261124L : seed;
    }
}
