package uz.yagona.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether an empty database is filled with demo data on start
 * @param citizens how many synthetic residents the registries get (1,000,000 for benchmarks)
 * @param identities how many of them also get an identity record to sign in with (besides the demo logins)
 * @param seed the random seed: the same seed gives the same population
 */
@ConfigurationProperties("yagona.demo")
record DemoSettings(Boolean enabled, Integer citizens, Integer identities, Long seed) {

    DemoSettings {
        enabled = enabled == null || enabled;
        citizens = citizens == null ? 3000 : citizens;
        identities = identities == null ? 3000 : identities;
        seed = seed == null ? 20261124L : seed;
    }
}
