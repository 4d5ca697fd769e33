package uz.yagona.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uz.yagona.identity.Persons;
import uz.yagona.registry.Banks;
import uz.yagona.registry.Cadastre;
import uz.yagona.registry.Owner;
import uz.yagona.registry.PopulationRegistry;
import uz.yagona.registry.RealEstate;
import uz.yagona.registry.Relative;
import uz.yagona.registry.Share;
import uz.yagona.registry.TaxRegistry;
import uz.yagona.registry.VehicleRegistry;
import uz.yagona.shared.Divisions;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Soato;

/** The demo population as the started application loaded it into the registries (real PostgreSQL). */
@SpringBootTest
@ActiveProfiles("test")
class DemoRegistriesTests {

    @Autowired
    private PopulationRegistry population;
    @Autowired
    private TaxRegistry tax;
    @Autowired
    private Banks banks;
    @Autowired
    private Cadastre cadastre;
    @Autowired
    private VehicleRegistry vehicles;
    @Autowired
    private Persons persons;
    @Autowired
    private Divisions divisions;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void everyDemoLoginHasWhatAOnceOnlyFormNeeds() {
        for (var login : DemoLoginRecords.LOGINS) {
            var pinfl = login.pinfl();
            var resident = population.resident(pinfl).orElseThrow();
            var identity = persons.findByPinfl(pinfl).orElseThrow();
            assertThat(resident.latin().last()).isEqualTo(identity.latin().last());
            assertThat(resident.cyrillic().first()).isEqualTo(identity.cyrillic().first());
            assertThat(population.address(pinfl)).hasValueSatisfying(address -> {
                assertThat(address.district()).isEqualTo(login.district());
                assertThat(address.mahallaCyrillic()).isEqualTo("Боғишамол МФЙ");
                assertThat(address.streetCyrillic()).isEqualTo("Амир Темур кўчаси");
            });
            assertThat(population.passports(pinfl)).isNotEmpty();
            assertThat(tax.taxpayerOf(pinfl)).isPresent();
            assertThat(tax.employment(pinfl)).first().satisfies(job ->
                    assertThat(job.employer()).isEqualTo(login.employer()));
            assertThat(banks.accountsOf(Owner.person(pinfl))).isNotEmpty();
            assertThat(cadastre.ownedBy(Owner.person(pinfl))).extracting(RealEstate::kind)
                    .contains(RealEstate.Kind.APARTMENT);
        }
        assertThat(tax.taxpayer(DemoLoginRecords.BAKERY)).isPresent();
        assertThat(vehicles.ownedBy(Owner.person(DemoLogins.CITIZEN))).isNotEmpty();
        assertThat(population.family(DemoLogins.CITIZEN)).extracting(Relative::relation)
                .containsExactlyInAnyOrder(Relative.Relation.SPOUSE, Relative.Relation.CHILD);
    }

    @Test
    void thePopulationLivesInRealDistrictsWithValidPinfls() {
        var districts = jdbc.sql("select distinct district from registry.address").query(String.class).list();
        assertThat(districts).isNotEmpty().allSatisfy(code ->
                assertThat(divisions.district(new Soato(code))).as(code).isPresent());
        var pinfls = jdbc.sql("select pinfl from registry.resident").query(String.class).list();
        assertThat(pinfls).hasSizeGreaterThanOrEqualTo(3_000).doesNotHaveDuplicates()
                .allSatisfy(value -> assertThat(new Pinfl(value).value()).isEqualTo(value));
    }

    @Test
    void familyLinksReadTheSameFromBothSides() {
        var spouses = jdbc.sql("select pinfl, relative_pinfl from registry.family_link where relation = 'SPOUSE' "
                + "order by pinfl limit 50").query((row, n) -> List.of(row.getString(1), row.getString(2))).list();
        assertThat(spouses).isNotEmpty();
        for (var pair : spouses) {
            var husband = new Pinfl(pair.get(0));
            var wife = new Pinfl(pair.get(1));
            assertThat(population.family(husband)).contains(new Relative(wife, Relative.Relation.SPOUSE));
            assertThat(population.family(wife)).contains(new Relative(husband, Relative.Relation.SPOUSE));
        }
        var parents = jdbc.sql("select pinfl, relative_pinfl from registry.family_link where relation = 'PARENT' "
                + "order by pinfl limit 50").query((row, n) -> List.of(row.getString(1), row.getString(2))).list();
        for (var pair : parents) {
            var child = new Pinfl(pair.get(0));
            var parent = new Pinfl(pair.get(1));
            assertThat(population.family(parent)).contains(new Relative(child, Relative.Relation.CHILD));
            assertThat(child.birthDate()).isAfterOrEqualTo(parent.birthDate().plusYears(16));
        }
    }

    @Test
    void everyPropertysSharesAddUpToOne() {
        var numbers = jdbc.sql("select cadastral_number from registry.real_estate order by cadastral_number limit 300")
                .query(String.class).list();
        assertThat(numbers).isNotEmpty();
        for (var number : numbers) {
            assertThat(Share.addUpToOne(cadastre.object(number).orElseThrow().owners())).as(number).isTrue();
        }
    }
}
