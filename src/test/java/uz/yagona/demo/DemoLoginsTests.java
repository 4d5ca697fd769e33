package uz.yagona.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoLoginsTests {

    @Test
    void theReadmeListsEveryDemoLoginWithItsSecret() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(DemoLogins.PASSWORD)
                .contains("`" + DemoLogins.CITIZEN.value() + "`")
                .contains("`" + DemoLogins.CITIZEN_WITH_TOTP.value() + "`")
                .contains("`" + DemoLogins.OFFICER.value() + "`")
                .contains("`" + DemoLogins.ADMIN.value() + "`")
                .contains("`" + DemoLogins.NEW_OFFICER.value() + "`")
                .contains("`" + DemoLogins.REGISTRY_OFFICER.value() + "`", DemoLogins.REGISTRY_OFFICER_TOTP_SECRET)
                .contains(DemoLogins.CITIZEN_TOTP_SECRET, DemoLogins.OFFICER_TOTP_SECRET, DemoLogins.ADMIN_TOTP_SECRET);
    }

    @Test
    void theGeneratedPopulationIsTheSameForTheSameSeedAndHasValidDistinctPinfls() {
        var first = DemoPopulation.identities(new PopulationGenerator(TestDistricts.SOME, 1_000, 7).chunk(0), 500);
        var second = DemoPopulation.identities(new PopulationGenerator(TestDistricts.SOME, 1_000, 7).chunk(0), 500);
        assertThat(first).isEqualTo(second);
        assertThat(first.stream().map(person -> person.pinfl().value()).distinct().count()).isGreaterThan(490);
        assertThat(first).allSatisfy(person -> {
            assertThat(person.cyrillic().last()).doesNotContainPattern("[A-Za-z]");
            assertThat(person.birthDate()).isEqualTo(person.pinfl().birthDate());
        });
    }
}
